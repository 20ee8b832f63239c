import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { csvMediaType, useDownload } from '@/lib/api/download';
import type { Indicator, IndicatorObservation, IndicatorSeries, IndicatorValues } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { HEADLINE, useIndicatorValues } from '../api/get-indicator-values';
import type { ValueFilter } from '../api/query-keys';
import { formatChange, formatObservation, formatValue } from './format';
import { LatestSummary } from './latest-summary';
import { StatusBadge } from './status-badge';

// ECharts is large; load it only where a chart is shown.
const SeriesChart = lazy(() => import('./trend-chart').then((module) => ({ default: module.SeriesChart })));

export type Split = 'none' | 'sex' | 'ageGroup' | 'area';

const FILTERS: Record<Split, ValueFilter> = {
  none: HEADLINE,
  sex: { area: HEADLINE.area, ageGroup: 'total' },
  ageGroup: { area: HEADLINE.area, sex: 'total' },
  area: { sex: 'total', ageGroup: 'total' },
};

/** The indicator's series, split as the reader chooses, as a chart and as tables, with a CSV download. */
export function SeriesView({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const [split, setSplit] = useState<Split>('none');
  const values = useIndicatorValues(indicator.id, FILTERS[split]);
  const splits: Split[] = [
    'none',
    ...(indicator.disaggregations.includes('sex') ? (['sex'] as const) : []),
    ...(indicator.ageGroups.length > 0 ? (['ageGroup'] as const) : []),
    ...(indicator.disaggregations.includes('area') ? (['area'] as const) : []),
  ];
  return (
    <section aria-labelledby="series-heading" className="section">
      <h2 id="series-heading">{t('indicators.values.seriesHeading')}</h2>
      {splits.length > 1 && (
        <fieldset className="split-switch">
          <legend>{t('indicators.values.splitLabel')}</legend>
          {splits.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="split"
                value={option}
                checked={split === option}
                onChange={() => setSplit(option)}
              />{' '}
              {t(`indicators.values.split.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
      <QueryBoundary query={values}>
        {(data) =>
          data.series.length === 0 ? (
            <p>{t('indicators.details.noValues')}</p>
          ) : (
            <SeriesContent indicator={indicator} data={data} split={split} filter={FILTERS[split]} />
          )
        }
      </QueryBoundary>
    </section>
  );
}

interface SeriesContentProps {
  indicator: Indicator;
  data: IndicatorValues;
  split: Split;
  /** The filter the series were asked with: the download asks the same. */
  filter: ValueFilter;
}

function SeriesContent({ indicator, data, split, filter }: SeriesContentProps) {
  const { t } = useTranslation();
  const { text, locale, language } = useLocalized();
  const download = useDownload<'/api/v1/indicators/{id}/values'>();
  const [chosenArea, setChosenArea] = useState<string>('');
  const label = useCallback(
    (series: IndicatorSeries) => {
      switch (split) {
        case 'sex':
          return t(`indicators.values.sex.${series.sex}`);
        case 'ageGroup':
          return series.ageGroup === 'total' ? t('indicators.values.allAges') : t('indicators.values.ageBand', { band: series.ageGroup });
        default:
          return series.area.name;
      }
    },
    [split, t],
  );
  const format = useCallback((value: number) => formatValue(value, indicator.unit, locale), [indicator.unit, locale]);
  const show = useCallback(
    (o: IndicatorObservation) => formatObservation(o, indicator.unit, locale, t),
    [indicator.unit, locale, t],
  );

  const periods = useMemo(
    () => [...new Set(data.series.flatMap((s) => s.observations.map((o) => o.period)))].sort(),
    [data.series],
  );
  const districts = data.series.filter((s) => s.area.type !== 'municipality');
  const charted =
    split === 'area'
      ? data.series.filter((s) => s.area.type === 'municipality' || s.area.code === (chosenArea || districts[0]?.area.code))
      : data.series;
  const lines = charted.map((series) => {
    const byPeriod = new Map(series.observations.map((o) => [o.period, o.value]));
    return { name: label(series), values: periods.map((p) => byPeriod.get(p) ?? null) };
  });
  // the baseline the status is judged against: the policy's in force, else the indicator's own
  const baseline = data.judgedAgainst?.baseline ?? data.baseline;
  const references = [
    ...(baseline ? [{ label: t('indicators.values.baselineLine', { period: baseline.period }), value: baseline.value }] : []),
    ...(charted[0]?.target
      ? [{ label: t('indicators.values.targetLine', { year: charted[0].target.year }), value: charted[0].target.value }]
      : []),
  ];
  const headline = data.series.find((s) => s.area.type === 'municipality' && s.sex === 'total' && s.ageGroup === 'total');
  const points = t('indicators.values.points');

  return (
    <>
      {data.demo && (
        <div className="alert alert-warning" data-testid="values-demo-notice">
          <p>
            <span className="badge badge-demo">{t('indicators.values.demoBadge')}</span> {t('indicators.values.demoNotice')}
          </p>
        </div>
      )}
      {headline && (
        <LatestSummary unit={indicator.unit} series={headline} freshness={data.freshness} demo={data.demo} />
      )}
      {headline?.targetFrom && (
        <p className="muted" data-testid="target-from">
          {headline.targetFrom === 'policy'
            ? t('indicators.targetFrom.policy', { policy: data.judgedAgainst.policyCode })
            : data.judgedAgainst.policyCode
              ? t('indicators.targetFrom.indicator', { policy: data.judgedAgainst.policyCode })
              : t('indicators.targetFrom.noPolicy')}
        </p>
      )}
      <p className="muted">{t('indicators.values.statusRule')}</p>
      {data.series.some((s) => s.observations.some((o) => o.disclosure !== 'exact')) && (
        <p className="note" data-testid="indicator-disclosure-note">
          {t('indicators.values.disclosureNote')}
        </p>
      )}
      {split === 'area' && districts.length > 0 && (
        <p>
          <label htmlFor="chart-area">{t('indicators.values.compareWith')}</label>{' '}
          <select id="chart-area" value={chosenArea || districts[0]!.area.code} onChange={(e) => setChosenArea(e.target.value)}>
            {districts.map((s) => (
              <option key={s.area.code} value={s.area.code}>
                {s.area.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {periods.length > 1 && (
        <Suspense fallback={<Loading />}>
          <SeriesChart
            periods={periods}
            lines={lines}
            references={references}
            format={format}
            ariaLabel={t('indicators.values.chartLabel', {
              name: text(indicator.name),
              from: periods[0],
              to: periods[periods.length - 1],
              series: lines.map((l) => l.name).join(', '),
            })}
          />
        </Suspense>
      )}
      <p>
        <button
          type="button"
          className="button"
          disabled={download.isPending}
          onClick={() =>
            download.mutate({
              path: '/api/v1/indicators/{id}/values',
              params: { path: { id: indicator.id }, query: filter },
              accept: csvMediaType(language),
              fallbackName: `${indicator.code}-${split}.csv`,
            })
          }
        >
          {t('indicators.values.downloadCsv')}
        </button>
      </p>
      {download.isError && <ErrorAlert error={download.error} title={t('state.downloadFailed')} />}
      <div className="table-scroll" role="region" aria-label={t('indicators.values.summaryRegion')} tabIndex={0}>
        <table className="data-table" data-testid="series-summary">
          <caption>{t('indicators.values.summaryCaption', { name: text(indicator.name) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`indicators.values.seriesColumn.${split}`)}</th>
              <th scope="col">{t('indicators.values.period')}</th>
              <th scope="col">{t('indicators.values.value')}</th>
              <th scope="col">{t('indicators.values.changeColumn')}</th>
              <th scope="col">{t('indicators.values.sinceBaseline')}</th>
              <th scope="col">{t('indicators.values.target')}</th>
              <th scope="col">{t('indicators.values.statusLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {data.series.map((series) => (
              <tr key={`${series.area.code}|${series.sex}|${series.ageGroup}`}>
                <th scope="row">{label(series)}</th>
                <td>{series.latest?.period ?? '–'}</td>
                <td>{series.latest ? show(series.latest) : '–'}</td>
                <td>{series.changeFromPrevious === null ? '–' : formatChange(series.changeFromPrevious, indicator.unit, locale, points)}</td>
                <td>{series.changeFromBaseline === null ? '–' : formatChange(series.changeFromBaseline, indicator.unit, locale, points)}</td>
                <td>{series.target ? `${format(series.target.value)} (${series.target.year})` : '–'}</td>
                <td>
                  <StatusBadge status={series.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" role="region" aria-label={t('indicators.values.tableRegion')} tabIndex={0}>
        <table className="data-table" data-testid="series-table">
          <caption>{t('indicators.values.tableCaption', { name: text(indicator.name) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.values.period')}</th>
              {data.series.map((series) => (
                <th scope="col" key={`${series.area.code}|${series.sex}|${series.ageGroup}`}>
                  {label(series)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period}>
                <th scope="row">{period}</th>
                {data.series.map((series) => {
                  const o = series.observations.find((x) => x.period === period);
                  return <td key={`${series.area.code}|${series.sex}|${series.ageGroup}`}>{o ? show(o) : '–'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
