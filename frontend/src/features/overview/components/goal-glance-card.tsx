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
 * One goal at a glance, compact so six of them and the municipality's column fit a laptop
 * screen: its indicators' statuses as numbered links (a short word shown, the whole status in
 * the link's name, which begins with the shown words), the worst indicator named, the trend of
 * its crime group as a sparkline and an arrow with the change, and the measures needing a
 * follow-up. Every number is a link to the page behind it.
 */
export function GoalGlanceCard({ glance }: { glance: GoalGlance }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { goal, indicatorStatus, worst, measuresNeedingFollowUp } = glance;
  const headingId = `glance-goal-${goal.id}`;
  const shown = STATUSES.filter((status) => indicatorStatus[status] > 0);
  return (
    <article className="card glance-card" data-testid="glance-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="glance-card-title">
        <Link to={`/goals/${goal.id}`}>
          <span className="glance-goal-number">{t('goals.number', { number: goal.number })}</span>{' '}
          <span>{text(goal.title)}</span>
        </Link>
      </h2>
      <h3 className="visually-hidden">{t('overview.glance.indicators')}</h3>
      {shown.length === 0 ? (
        <p className="muted">{t('goals.noIndicators')}</p>
      ) : (
        <ul className="glance-counts">
          {shown.map((status) => {
            const count = indicatorStatus[status];
            return (
              <li key={status}>
                <Link to={`/indicators?goal=${goal.id}`} className={`glance-count status-${status}`}
                  aria-label={`${count} ${t(`overview.glance.status.${status}`)}`}>
                  <span className="glance-number">{count}</span> {t(`overview.glance.statusShort.${status}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {worst && (
        <p className="glance-worst">
          <span className="glance-label">{t('overview.glance.worstShort')}</span>{' '}
          <Link to={`/indicators/${worst.indicator.id}`}>{text(worst.indicator.name)}</Link>
          <span className="visually-hidden"> ({t(`overview.glance.status.${worst.status}`)})</span>
        </p>
      )}
      <CrimeTrend glance={glance} />
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

/** The goal's crime group: a sparkline (its figures in words as the image's name) and the change first to last. */
function CrimeTrend({ glance }: { glance: GoalGlance }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const { crimeTrend } = glance;
  const trend = crimeTrend?.observations.filter((o) => o.value !== null) ?? [];
  const first = trend[0];
  const last = trend[trend.length - 1];
  if (!crimeTrend || !first || !last) return null;
  const number = new Intl.NumberFormat(locale);
  const figures = {
    name: text(crimeTrend.indicator.name),
    from: first.period,
    fromValue: number.format(first.value ?? 0),
    to: last.period,
    toValue: number.format(last.value ?? 0),
  };
  const from = first.value ?? 0;
  const to = last.value ?? 0;
  const direction = to > from ? 'up' : to < from ? 'down' : 'flat';
  // The change in per cent reads quicker than two figures; from zero there is no per cent.
  const change =
    from === 0
      ? t('overview.glance.trendValues', figures)
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format((to - from) / from);
  return (
    <div className="glance-trend">
      <h3 className="visually-hidden">{t('overview.glance.crimeTrend')}</h3>
      <div className="sparkline glance-sparkline" aria-hidden={trend.length < 2 ? true : undefined}>
        {trend.length >= 2 && (
          <Suspense fallback={null}>
            <Sparkline height={32} periods={trend.map((o) => o.period)} values={trend.map((o) => o.value ?? Number.NaN)}
              ariaLabel={t('overview.glance.trendLabel', figures)} />
          </Suspense>
        )}
      </div>
      <p className="glance-trend-text">
        <Link to={`/crime-statistics?category=${encodeURIComponent(crimeTrend.category)}&interval=year`}>
          {figures.name}{' '}
          <span className={`glance-change trend-${direction}`}>
            <span aria-hidden="true">{direction === 'up' ? '↑' : direction === 'down' ? '↓' : '→'}</span> {change}
          </span>
        </Link>{' '}
        <span className="glance-years">{t('overview.glance.trendYears', figures)}</span>
      </p>
    </div>
  );
}
