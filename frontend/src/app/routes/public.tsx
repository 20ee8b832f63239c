import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryBoundary } from '@/components/query-boundary';
import { useActionPlans } from '@/features/action-plans/api/get-action-plans';
import { useCrimeTrend } from '@/features/crime-statistics/api/get-crime-trend';
import { CrimeTrendTable } from '@/features/crime-statistics/components/crime-trend-table';
import { useGoals } from '@/features/goals/api/get-goals';
import { PolicySummary } from '@/features/goals/components/policy-summary';
import { SdgBadges } from '@/features/goals/components/sdg-badges';
import { shorten } from '@/features/goals/components/shorten';
import { HEADLINE, useIndicatorValues } from '@/features/indicators/api/get-indicator-values';
import { formatObservation } from '@/features/indicators/components/format';
import { StatusBadge } from '@/features/indicators/components/status-badge';
import { useCurrentPolicy } from '@/features/policies/api/get-policies';
import { useReports } from '@/features/reports/api/get-reports';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { csvMediaType, useDownload } from '@/lib/api/download';
import type { Goal } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/** The municipality-wide headline area: the same one the indicator cards use. */
const MUNICIPALITY = HEADLINE.area ?? '';

type GoalIndicator = Goal['indicators'][number];

/**
 * The public's window, a visitor's start page at `/` (and at `/public` for everyone): the
 * policy in force, the goals (each linking to its goal page, with its aim in short and its
 * SDGs) with each indicator's latest
 * municipality-wide value and status, reported crimes per year (through the API's disclosure
 * control, so small counts are hidden), the approved status reports and adopted action plans,
 * and where to download every figure as CSV or harvest the open-data catalogue.
 */
export function PublicRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('public.title'));
  const goals = useGoals();
  const policy = useCurrentPolicy();
  return (
    <>
      <div className="page-heading">
        <h1>{t('public.heading', { municipality: t('app.municipality') })}</h1>
        {policy.data && <PolicySummary policy={policy.data} />}
        <p className="lead">{t('public.intro')}</p>
      </div>

      <section aria-labelledby="public-goals">
        <h2 id="public-goals">{t('public.goalsHeading')}</h2>
        <QueryBoundary query={goals}>
          {(page) => (
            <div className="public-goals">
              {page.items.map((goal) => (
                <PublicGoal key={goal.id} goal={goal} />
              ))}
            </div>
          )}
        </QueryBoundary>
      </section>

      <PublicCrime />
      <PublicDocuments />
      <OpenData />
    </>
  );
}

function PublicGoal({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const headingId = `public-goal-${goal.id}`;
  return (
    <article className="card public-goal" aria-labelledby={headingId} data-testid="public-goal">
      <h3 id={headingId}>
        <Link to={`/goals/${goal.id}`}>
          {t('goals.number', { number: goal.number })} {text(goal.title)}
        </Link>
      </h3>
      <p className="public-goal-aim">{shorten(text(goal.description))}</p>
      <SdgBadges sdgs={goal.sdgs} />
      {goal.indicators.length === 0 ? (
        <p className="muted">{t('goals.noIndicators')}</p>
      ) : (
        <ul className="public-indicators">
          {goal.indicators.map((indicator) => (
            <PublicIndicator key={indicator.id} indicator={indicator} />
          ))}
        </ul>
      )}
    </article>
  );
}

function PublicIndicator({ indicator }: { indicator: GoalIndicator }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const values = useIndicatorValues(indicator.id, HEADLINE);
  const series = values.data?.series[0];
  const latest = series?.latest;
  return (
    <li>
      <Link to={`/indicators/${indicator.id}`}>{text(indicator.name)}</Link>
      <span className="public-indicator-value" data-testid="public-indicator-value">
        {values.isPending
          ? t('state.loading')
          : latest && series
            ? (
                <>
                  {t('public.latest', { period: latest.period, value: formatObservation(latest, indicator.unit, locale, t) })}{' '}
                  <StatusBadge status={series.status} />
                </>
              )
            : t('public.noValue')}
      </span>
    </li>
  );
}

function PublicCrime() {
  const { t } = useTranslation();
  const trend = useCrimeTrend(MUNICIPALITY);
  const download = useDownload<'/api/v1/crime-statistics'>();
  const { language } = useLocalized();
  return (
    <section aria-labelledby="public-crime">
      <h2 id="public-crime">{t('public.crimeHeading')}</h2>
      <p>{t('public.crimeIntro')}</p>
      <QueryBoundary query={trend}>
        {(statistics) => <CrimeTrendTable statistics={statistics} areaName={t('app.municipality')} />}
      </QueryBoundary>
      <p>
        <button
          type="button"
          className="button button-quiet"
          disabled={download.isPending}
          onClick={() =>
            download.mutate({
              path: '/api/v1/crime-statistics',
              params: { query: { area: [MUNICIPALITY], groupBy: ['category', 'year'] } },
              accept: csvMediaType(language),
              fallbackName: 'crime-statistics.csv',
            })
          }
        >
          {t('public.downloadCrime')}
        </button>
      </p>
    </section>
  );
}

function PublicDocuments() {
  const { t } = useTranslation();
  const reports = useReports(0, false);
  const plans = useActionPlans();
  return (
    <section aria-labelledby="public-documents">
      <h2 id="public-documents">{t('public.documentsHeading')}</h2>
      <h3>{t('public.reportsHeading')}</h3>
      <QueryBoundary query={reports}>
        {(page) => {
          const approved = page.items.filter((r) => r.status === 'approved');
          return approved.length === 0 ? (
            <p>{t('public.noReports')}</p>
          ) : (
            <ul>
              {approved.map((report) => (
                <li key={report.id}>
                  <Link to={`/reports/${report.id}`}>{t('public.report', { period: report.period })}</Link>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryBoundary>
      <h3>{t('public.plansHeading')}</h3>
      <QueryBoundary query={plans}>
        {(page) => {
          const adopted = page.items.filter((p) => p.status === 'adopted');
          return adopted.length === 0 ? (
            <p>{t('public.noPlans')}</p>
          ) : (
            <ul>
              {adopted.map((plan) => (
                <li key={plan.id}>
                  <Link to={`/situation-pictures/${plan.situationPicture.id}`}>{plan.title}</Link>
                  {plan.decision && <span className="muted"> {t('public.adopted', { body: plan.decision.body, date: plan.decision.date })}</span>}
                </li>
              ))}
            </ul>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

function OpenData() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="public-open-data">
      <h2 id="public-open-data">{t('public.openDataHeading')}</h2>
      <p>{t('public.openDataIntro')}</p>
      <ul>
        <li>
          <a href="/api/v1/catalog">{t('public.catalogue')}</a>
        </li>
        <li>
          <Link to="/measures">{t('public.measures')}</Link>
        </li>
        <li>
          <Link to="/indicators">{t('public.indicators')}</Link>
        </li>
      </ul>
    </section>
  );
}
