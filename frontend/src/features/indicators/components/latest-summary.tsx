import { useTranslation } from 'react-i18next';
import type { IndicatorSeries, IndicatorUnit, IndicatorValues } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { formatChange, formatDate, formatObservation, formatValue } from './format';
import { StatusBadge } from './status-badge';

/** Latest value, change, status in words, target and freshness of one series. */
export function LatestSummary({
  unit,
  series,
  freshness,
  demo,
}: {
  unit: IndicatorUnit;
  series: IndicatorSeries;
  freshness: IndicatorValues['freshness'];
  demo: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const latest = series.latest;
  if (!latest) return null;
  const points = t('indicators.values.points');
  return (
    <dl className="facts latest-summary">
      <div>
        <dt>{t('indicators.values.latest', { period: latest.period })}</dt>
        <dd className="latest-value" data-testid="latest-value">
          {formatObservation(latest, unit, locale, t)}
          {latest.status === 'preliminary' && <span className="muted"> ({t('indicators.values.preliminary')})</span>}
        </dd>
      </div>
      <div>
        <dt>{t('indicators.values.statusLabel')}</dt>
        <dd>
          <StatusBadge status={series.status} />
        </dd>
      </div>
      <div>
        <dt>{t('indicators.values.target')}</dt>
        <dd>
          {series.target
            ? t('indicators.values.targetValue', { year: series.target.year, value: formatValue(series.target.value, unit, locale) })
            : t('indicators.values.noTarget')}
        </dd>
      </div>
      {series.changeFromPrevious !== null && series.previousPeriod !== null && (
        <div>
          <dt>{t('indicators.values.sincePrevious', { period: series.previousPeriod })}</dt>
          <dd>{formatChange(series.changeFromPrevious, unit, locale, points)}</dd>
        </div>
      )}
      {series.changeFromBaseline !== null && (
        <div>
          <dt>{t('indicators.values.sinceBaseline')}</dt>
          <dd>{formatChange(series.changeFromBaseline, unit, locale, points)}</dd>
        </div>
      )}
      <div>
        <dt>{t('indicators.values.freshness')}</dt>
        <dd>
          {freshness.lastUpdated
            ? t('indicators.values.freshnessValue', {
                period: freshness.latestPeriod,
                date: formatDate(freshness.lastUpdated, locale),
              })
            : '–'}
          {demo && (
            <>
              {' '}
              <span className="badge badge-demo">{t('indicators.values.demoBadge')}</span>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
