import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useGoal } from '@/features/goals/api/get-goal';
import { GoalDetails } from '@/features/goals/components/goal-details';
import { useIndicators } from '@/features/indicators/api/get-indicators';
import { IndicatorCard } from '@/features/indicators/components/indicator-card';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api/api-problem';
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
          <p>
            <Link to="/">{t('goals.backToOverview')}</Link>
            <span className="visually-hidden"> – {text(goal.data.title)}</span>
          </p>
        </>
      )}
    </>
  );
}
