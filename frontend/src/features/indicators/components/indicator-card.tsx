import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Indicator } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { HEADLINE, useIndicatorValues } from '../api/get-indicator-values';
import { formatObservation } from './format';
import { LatestSummary } from './latest-summary';

// ECharts is large; load it only where a chart is shown.
const Sparkline = lazy(() => import('./trend-chart').then((module) => ({ default: module.Sparkline })));

/** An indicator with where it stands: trend, latest value, status, target and freshness. */
export function IndicatorCard({ indicator, headingLevel = 3 }: { indicator: Indicator; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const Heading = `h${headingLevel}` as const;
  const headingId = `indicator-${indicator.id}-heading`;
  return (
    <article className="card indicator-card" data-testid="indicator-card" aria-labelledby={headingId}>
      <Heading id={headingId}>
        <Link to={`/indicators/${indicator.id}`}>{text(indicator.name)}</Link>
      </Heading>
      <IndicatorStanding indicator={indicator} />
      <dl className="facts">
        <div>
          <dt>{t('indicators.details.code')}</dt>
          <dd>
            <code>{indicator.code}</code>
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('indicators.details.definition')}</dt>
          <dd>{text(indicator.description)}</dd>
        </div>
        <div>
          <dt>{t('indicators.details.unit')}</dt>
          <dd>{t(`indicators.details.unitValue.${indicator.unit}`)}</dd>
        </div>
        <div>
          <dt>{t('indicators.details.directionLabel')}</dt>
          <dd>{t(`indicators.details.direction.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('indicators.details.sourceLabel')}</dt>
          <dd>
            {t(`indicators.details.source.${indicator.source}`)}
            {indicator.computation && (
              <>
                {' '}
                <span className="muted" data-testid="indicator-computed">
                  {indicator.computation.from === 'agreementCommitments'
                    ? t('indicators.details.computedFromAgreements')
                    : t('indicators.details.computed', { category: indicator.computation.category })}
                </span>
              </>
            )}
            {indicator.sourceReference && (
              <>
                {' '}
                <span className="muted">
                  ({t('indicators.details.sourceReference')}: <code>{indicator.sourceReference}</code>)
                </span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('indicators.details.frequencyLabel')}</dt>
          <dd>{t(`indicators.details.frequency.${indicator.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('indicators.details.disaggregationsLabel')}</dt>
          <dd>
            {indicator.disaggregations.length === 0
              ? t('indicators.details.noDisaggregations')
              : indicator.disaggregations.map((split) => t(`indicators.details.disaggregation.${split}`)).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('indicators.details.owner')}</dt>
          <dd>{indicator.owner ? text(indicator.owner.name) : t('indicators.details.noOwner')}</dd>
        </div>
      </dl>
    </article>
  );
}

/** The municipality-wide series in brief: sparkline (with its figures as a table), latest value, status. */
function IndicatorStanding({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const values = useIndicatorValues(indicator.id, HEADLINE);
  if (values.isPending) return <p className="muted">{t('state.loading')}</p>;
  if (values.isError) return <p className="muted">{t('indicators.values.couldNotLoad')}</p>;
  const series = values.data.series[0];
  if (!series || !series.latest) return <p className="muted">{t('indicators.details.noValues')}</p>;
  const observations = series.observations;
  const first = observations[0]!;
  return (
    <div className="indicator-standing">
      <div className="sparkline" aria-hidden={observations.length < 2 ? true : undefined}>
        {observations.length >= 2 && (
          <Suspense fallback={null}>
            <Sparkline
              periods={observations.map((o) => o.period)}
              values={observations.map((o) => o.value ?? Number.NaN)}
              ariaLabel={t('indicators.values.sparklineLabel', {
                name: text(indicator.name),
                from: first.period,
                fromValue: formatObservation(first, indicator.unit, locale, t),
                to: series.latest.period,
                toValue: formatObservation(series.latest, indicator.unit, locale, t),
              })}
            />
          </Suspense>
        )}
      </div>
      <LatestSummary
        unit={indicator.unit}
        series={series}
        freshness={values.data.freshness}
        demo={values.data.demo}
      />
      <details className="chart-table">
        <summary>{t('indicators.values.showAsTable')}</summary>
        <table className="data-table compact">
          <caption>{t('indicators.values.sparklineCaption', { name: text(indicator.name) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.values.period')}</th>
              <th scope="col">{t('indicators.values.value')}</th>
            </tr>
          </thead>
          <tbody>
            {observations.map((o) => (
              <tr key={o.period}>
                <th scope="row">{o.period}</th>
                <td>{formatObservation(o, indicator.unit, locale, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
