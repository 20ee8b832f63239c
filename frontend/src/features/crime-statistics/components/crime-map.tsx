import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChoroplethMap, type ChoroplethState } from '@/components/choropleth-map';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import type { AreaBoundaryCollection } from '@/lib/api/types';

export interface CrimeMapArea {
  code: string;
  name: string;
  /** The rate; null when suppressed or unknown. */
  rate: number | null;
  /** Why there is no rate: too few to publish, or not known. */
  state?: ChoroplethState;
}

/** The boundaries of the municipality's districts and localities, as the route has them (the areas feature's query). */
export type CrimeMapBoundaries = UseQueryResult<AreaBoundaryCollection>;

interface CrimeMapProps {
  /** The districts and localities with their rate. */
  areas: CrimeMapArea[];
  boundaries: CrimeMapBoundaries;
  legendTitle: string;
  ariaLabel: string;
  tableCaption: string;
  formatRate: (rate: number) => string;
}

/**
 * The districts coloured by rate, on the shared choropleth map with the boundaries of
 * `GET /api/v1/areas/boundaries?parent={municipality code}`, which the route passes in (one cache entry with
 * the areas page, so a boundary upload there redraws this map too). When the boundaries cannot
 * be had, the same figures are shown as a ranked table, so nothing depends on the map being drawn.
 */
export function CrimeMap({ areas, boundaries, legendTitle, ariaLabel, tableCaption, formatRate }: CrimeMapProps) {
  const { t } = useTranslation();
  const values = Object.fromEntries(areas.map((area) => [area.code, area.rate]));
  const states = Object.fromEntries(areas.flatMap((area) => (area.state ? [[area.code, area.state]] : [])));

  if (boundaries.isPending) return <Loading />;
  if (boundaries.isError) {
    return (
      <>
        <ErrorAlert error={boundaries.error} title={t('crimeStatistics.map.boundariesFailed')} />
        <RankedRates areas={areas} caption={tableCaption} heading={legendTitle} formatRate={formatRate} />
      </>
    );
  }
  return (
    <ChoroplethMap
      boundaries={boundaries.data}
      values={values}
      states={states}
      legendTitle={legendTitle}
      formatValue={formatRate}
      ariaLabel={ariaLabel}
      tableCaption={tableCaption}
    />
  );
}

/** The rates as a table, highest first, with a bar to read them at a glance. */
function RankedRates({
  areas,
  caption,
  heading,
  formatRate,
}: {
  areas: CrimeMapArea[];
  caption: string;
  heading: string;
  formatRate: (rate: number) => string;
}) {
  const { t } = useTranslation();
  const ranked = [...areas].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
  const max = Math.max(0, ...areas.map((area) => area.rate ?? 0));
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table" data-testid="crime-map-fallback">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('crimeStatistics.table.area')}</th>
            <th scope="col" className="num">
              {heading}
            </th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((area) => (
            <tr key={area.code}>
              <th scope="row">{area.name}</th>
              <td className="num">
                {area.rate === null ? (
                  t(area.state === 'suppressed' ? 'crimeStatistics.map.suppressed' : 'crimeStatistics.figure.none')
                ) : (
                  <span className="rate-bar">
                    <span
                      className="rate-bar-fill"
                      aria-hidden="true"
                      style={{ width: `${max ? (area.rate / max) * 100 : 0}%` }}
                    />
                    {formatRate(area.rate)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
