import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalGlance, IndicatorStatusCounts } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

// ECharts is large; it comes with the glance, never with an anonymous visitor's start page.
const Sparkline = lazy(() => import('@/components/sparkline').then((module) => ({ default: module.Sparkline })));

/** The statuses in the order a reader scans them: the bad news first. */
export const STATUSES = ['offTrack', 'atRisk', 'onTrack', 'noTarget', 'unknown', 'noValue'] as const satisfies readonly (keyof IndicatorStatusCounts)[];

/**
 * One goal at a glance: its indicators' statuses (each count links to the goal's indicators),
 * the worst one named, the trend of its crime group and the measures needing a follow-up (a
 * link to the measures board with that filter).
 */
export function GoalGlanceCard({ glance }: { glance: GoalGlance }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const { goal, indicatorStatus, worst, crimeTrend, measuresNeedingFollowUp } = glance;
  const headingId = `glance-goal-${goal.id}`;
  const shown = STATUSES.filter((status) => indicatorStatus[status] > 0);
  const number = new Intl.NumberFormat(locale);
  const trend = crimeTrend?.observations.filter((o) => o.value !== null) ?? [];
  const first = trend[0];
  const last = trend[trend.length - 1];
  return (
    <article className="card glance-card" data-testid="glance-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="goal-card-title">
        <Link to={`/goals/${goal.id}`}>
          <span className="goal-number">{t('goals.number', { number: goal.number })}</span>{' '}
          <span>{text(goal.title)}</span>
        </Link>
      </h2>
      <h3 className="card-subheading">{t('overview.glance.indicators')}</h3>
      {shown.length === 0 ? (
        <p className="muted">{t('goals.noIndicators')}</p>
      ) : (
        <ul className="glance-counts">
          {shown.map((status) => (
            <li key={status}>
              <Link to={`/indicators?goal=${goal.id}`} className={`glance-count status-${status}`}>
                <span className="glance-number">{indicatorStatus[status]}</span>{' '}
                {t(`overview.glance.status.${status}`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {worst && (
        <p className="glance-worst">
          {t(`overview.glance.worst.${worst.status}`)}{' '}
          <Link to={`/indicators/${worst.indicator.id}`}>{text(worst.indicator.name)}</Link>
        </p>
      )}
      {crimeTrend && first && last && (
        <div className="glance-trend">
          <h3 className="card-subheading">{t('overview.glance.crimeTrend')}</h3>
          <div className="sparkline" aria-hidden={trend.length < 2 ? true : undefined}>
            {trend.length >= 2 && (
              <Suspense fallback={null}>
                <Sparkline
                  periods={trend.map((o) => o.period)}
                  values={trend.map((o) => o.value ?? Number.NaN)}
                  ariaLabel={t('overview.glance.trendLabel', {
                    name: text(crimeTrend.indicator.name),
                    from: first.period,
                    fromValue: number.format(first.value ?? 0),
                    to: last.period,
                    toValue: number.format(last.value ?? 0),
                  })}
                />
              </Suspense>
            )}
          </div>
          <p className="glance-trend-text">
            <Link to={`/crime-statistics?category=${encodeURIComponent(crimeTrend.category)}&interval=year`}>
              {text(crimeTrend.indicator.name)}
            </Link>
            {': '}
            {t('overview.glance.trendText', {
              from: first.period,
              fromValue: number.format(first.value ?? 0),
              to: last.period,
              toValue: number.format(last.value ?? 0),
            })}
          </p>
        </div>
      )}
      <p className="glance-follow-up">
        <Link to={`/measures?goal=${goal.id}&needsFollowUp=true`}
          className={measuresNeedingFollowUp > 0 ? 'glance-count status-atRisk' : 'glance-count'}>
          <span className="glance-number">{measuresNeedingFollowUp}</span>{' '}
          {t('overview.glance.followUp', { count: measuresNeedingFollowUp })}
        </Link>
      </p>
    </article>
  );
}
