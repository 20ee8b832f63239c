import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useGoal } from '@/features/goals/api/get-goal';
import { GoalDetails } from '@/features/goals/components/goal-details';
import { useIndicators } from '@/features/indicators/api/get-indicators';
import { IndicatorCard } from '@/features/indicators/components/indicator-card';
import { useMeasures } from '@/features/measures/api/get-measures';
import { GoalIndicatorList } from '@/features/policies/components/goal-indicators';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api/api-problem';
import type { Goal } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { NotFoundRoute } from './not-found';

export function GoalRoute() {
  const { id } = useParams();
  const goalId = Number(id);
  if (!Number.isSafeInteger(goalId) || goalId < 1) return <NotFoundRoute />;
  return <GoalPage goalId={goalId} />;
}

function GoalPage({ goalId }: { goalId: number }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const goal = useGoal(goalId);
  const indicators = useIndicators(goalId);
  useDocumentTitle(goal.data ? t('goals.documentTitle', { number: goal.data.number }) : t('goals.heading'));

  if (goal.isError && isApiProblem(goal.error) && goal.error.status === 404) return <NotFoundRoute />;

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t('nav.overview')}</Link>
          </li>
          <li>
            <span aria-current="page">
              {goal.data ? t('goals.number', { number: goal.data.number }) : '…'}
            </span>
          </li>
        </ol>
      </nav>
      {goal.isPending ? (
        <div aria-busy="true">
          <h1>{t('state.loading')}</h1>
          <Loading />
        </div>
      ) : goal.isError ? (
        <>
          <h1>{t('goals.heading')}</h1>
          <ErrorAlert error={goal.error} onRetry={() => void goal.refetch()} />
        </>
      ) : (
        <>
          <GoalDetails goal={goal.data} />
          <section aria-labelledby="goal-indicators-heading" className="section">
            <h2 id="goal-indicators-heading">{t('goals.indicators')}</h2>
            {goal.data.indicators.length > 0 && (
              <>
                <h3>{t('goalIndicators.periodHeading')}</h3>
                <GoalIndicatorList indicators={goal.data.indicators} />
              </>
            )}
            <QueryBoundary query={indicators}>
              {(page) =>
                page.items.length === 0 ? (
                  <p>{t('goals.noIndicators')}</p>
                ) : (
                  <div className="card-list">
                    {page.items.map((indicator) => (
                      <IndicatorCard key={indicator.id} indicator={indicator} />
                    ))}
                  </div>
                )
              }
            </QueryBoundary>
          </section>
          <GoalMeasures goal={goal.data} />
          <p>
            <Link to="/">{t('goals.backToOverview')}</Link>
            <span className="visually-hidden"> – {text(goal.data.title)}</span>
          </p>
        </>
      )}
    </>
  );
}

/**
 * The measures listed under the goal: those linked to it, and those linked to a goal of an
 * earlier policy that the crosswalk maps here, marked as such; the total counts each once.
 */
function GoalMeasures({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const measures = useMeasures({ goal: goal.id, limit: 100, sort: 'title' });
  return (
    <section aria-labelledby="goal-measures-heading" className="section">
      <h2 id="goal-measures-heading">{t('goalIndicators.measuresHeading')}</h2>
      <p>
        {t('goalIndicators.measuresTotal', { count: goal.measures.total })}
        {goal.measures.viaCrosswalk > 0 &&
          ` ${t('goalIndicators.measuresVia', { linked: goal.measures.linked, via: goal.measures.viaCrosswalk })}`}
      </p>
      <QueryBoundary query={measures}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('goalIndicators.noMeasures')}</p>
          ) : (
            <ul className="goal-measures">
              {page.items.map((m) => (
                <li key={m.id}>
                  <Link to={`/measures/${m.id}`}>{m.title}</Link>
                  {m.viaCrosswalk.length > 0 && (
                    <>
                      {' '}
                      <span className="badge">
                        {t('goalIndicators.viaCrosswalk', { goals: m.viaCrosswalk.map((g) => g.number).join(', ') })}
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryBoundary>
    </section>
  );
}
