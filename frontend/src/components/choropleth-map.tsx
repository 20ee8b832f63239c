import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './loading';

/** A GeoJSON Feature of one area; `properties.code` keys the values, `properties.name` labels it. */
export interface ChoroplethFeature {
  type: 'Feature';
  id?: string;
  properties: { code: string; name: string; demo?: boolean };
  /** Null when the area has no boundary: it is listed in the table, not drawn. */
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] } | null;
}

/** A GeoJSON FeatureCollection, e.g. `GET /api/v1/areas/boundaries?parent={municipality code}`. */
export interface ChoroplethFeatureCollection {
  type: 'FeatureCollection';
  features: ChoroplethFeature[];
}

/** Why an area has no value: too few to publish (`suppressed`) or not known (`noData`). */
export type ChoroplethState = 'suppressed' | 'noData';

export interface ChoroplethMapProps {
  /** The areas' boundaries. */
  boundaries: ChoroplethFeatureCollection;
  /** The value per area code; an area without one (or null) shows as "no data". */
  values: Readonly<Record<string, number | null | undefined>>;
  /** Areas whose value is withheld or missing for a stated reason; wins over `values`. */
  states?: Readonly<Record<string, ChoroplethState | undefined>>;
  /** What the colours measure, e.g. "Invånare 2024" or "Anmälda brott per 1 000 invånare". */
  legendTitle: string;
  /** How a value is written in the legend, tooltip and table (unit included where needed). */
  formatValue: (value: number) => string;
  /** The map's accessible name: what it shows, for whom and when. */
  ariaLabel: string;
  /** Caption of the table alternative. */
  tableCaption: string;
  /** Heading of the table's value column; defaults to `legendTitle`. */
  valueHeading?: string;
  /** Whether the table alternative starts open (default: closed, under a "show as table" summary). */
  tableOpen?: boolean;
  /** Height of the drawn map in pixels (default 420). */
  height?: number;
}

/** Light to dark blue; each step stays distinguishable and areas have dark borders. */
export const CHOROPLETH_COLOURS = ['#eef4fa', '#bcd3e8', '#7fa9cf', '#3f77aa', '#1d4f7a', '#0d2b45'] as const;
export const NO_DATA_COLOUR = '#d5d9de';
export const SUPPRESSED_COLOUR = '#ffffff';
export const BORDER_COLOUR = '#1f2933';

export interface ChoroplethRow {
  code: string;
  name: string;
  value: number | null;
  state: ChoroplethState | null;
  hasBoundary: boolean;
}

/** One row per feature: its value, or the reason it has none. */
export function choroplethRows(
  boundaries: ChoroplethFeatureCollection,
  values: ChoroplethMapProps['values'],
  states: ChoroplethMapProps['states'] = {},
): ChoroplethRow[] {
  return boundaries.features.map((feature) => {
    const code = feature.properties.code;
    const raw = values[code];
    const state = states[code] ?? (raw === null || raw === undefined || !Number.isFinite(raw) ? 'noData' : null);
    return {
      code,
      name: feature.properties.name,
      value: state ? null : (raw as number),
      state,
      hasBoundary: feature.geometry !== null,
    };
  });
}

// ECharts is large: drawn only once this module asks for it.
const ChoroplethEChart = lazy(() =>
  import('./choropleth-echart').then((module) => ({ default: module.ChoroplethEChart })),
);

/**
 * A map of areas coloured by a value (a choropleth), with what it needs to be readable
 * without colour and without sight: a text legend, a tooltip per area, suppressed and
 * missing values drawn differently AND named, and a table with every figure. When any
 * boundary is a schematic demo boundary, the map says so.
 */
export function ChoroplethMap({
  boundaries,
  values,
  states,
  legendTitle,
  formatValue,
  ariaLabel,
  tableCaption,
  valueHeading,
  tableOpen = false,
  height = 420,
}: ChoroplethMapProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const rows = useMemo(() => choroplethRows(boundaries, values, states), [boundaries, values, states]);
  const numbers = rows.flatMap((row) => (row.value === null ? [] : [row.value]));
  const min = numbers.length ? Math.min(...numbers) : 0;
  const max = numbers.length ? Math.max(...numbers) : 0;
  const demo = boundaries.features.some((feature) => feature.properties.demo);
  const withoutBoundary = rows.filter((row) => !row.hasBoundary);
  const hasSuppressed = rows.some((row) => row.state === 'suppressed');
  const hasNoData = rows.some((row) => row.state === 'noData');
  const stateText = (state: ChoroplethState) => t(state === 'suppressed' ? 'maps.suppressed' : 'maps.noData');

  return (
    <figure className="choropleth" data-testid="choropleth-map">
      {demo && (
        <p className="choropleth-demo" data-testid="choropleth-demo">
          <span className="badge badge-demo">{t('maps.demoBoundaries')}</span> {t('maps.demoBoundariesNotice')}
        </p>
      )}
      {rows.length - withoutBoundary.length > 0 ? (
        <Suspense fallback={<Loading />}>
          <ChoroplethEChart
            boundaries={boundaries}
            rows={rows}
            min={min}
            max={max}
            formatValue={formatValue}
            stateText={stateText}
            ariaLabel={ariaLabel}
            height={height}
          />
        </Suspense>
      ) : (
        <p>{t('maps.noBoundaries')}</p>
      )}
      <figcaption id={legendId} className="choropleth-legend">
        <span className="choropleth-legend-title">{legendTitle}</span>
        {numbers.length > 0 && (
          <span className="choropleth-scale">
            <span>{t('maps.legendLow', { value: formatValue(min) })}</span>
            <span
              className="choropleth-gradient"
              aria-hidden="true"
              style={{ background: `linear-gradient(to right, ${CHOROPLETH_COLOURS.join(', ')})` }}
            />
            <span>{t('maps.legendHigh', { value: formatValue(max) })}</span>
          </span>
        )}
        <span className="choropleth-legend-note">{t('maps.legendNote')}</span>
        {hasSuppressed && (
          <span className="choropleth-key">
            <span className="choropleth-swatch choropleth-swatch-suppressed" aria-hidden="true" />
            {t('maps.suppressedLegend')}
          </span>
        )}
        {hasNoData && (
          <span className="choropleth-key">
            <span className="choropleth-swatch choropleth-swatch-nodata" aria-hidden="true" />
            {t('maps.noDataLegend')}
          </span>
        )}
        {withoutBoundary.length > 0 && (
          <span className="choropleth-key" data-testid="choropleth-without-boundary">
            {t('maps.withoutBoundary', {
              count: withoutBoundary.length,
              names: withoutBoundary.map((row) => row.name).join(', '),
            })}
          </span>
        )}
      </figcaption>
      <details className="choropleth-table" open={tableOpen || undefined}>
        <summary>{t('maps.showTable')}</summary>
        <div className="table-scroll" role="region" aria-label={tableCaption} tabIndex={0}>
          <table className="data-table">
            <caption>{tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('maps.area')}</th>
                <th scope="col" className="num">
                  {valueHeading ?? legendTitle}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row">
                    {row.name}
                    {!row.hasBoundary && <span className="muted"> ({t('maps.noBoundary')})</span>}
                  </th>
                  <td className={row.state ? 'num muted' : 'num'}>
                    {row.state ? stateText(row.state) : formatValue(row.value as number)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
