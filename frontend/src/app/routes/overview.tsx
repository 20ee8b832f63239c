import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '@/components/query-boundary';
import { useCurrentPolicy } from '@/features/policies/api/get-policies';
import { useGoals } from '@/features/goals/api/get-goals';
import { GoalCard } from '@/features/goals/components/goal-card';
import { PolicySummary } from '@/features/goals/components/policy-summary';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function OverviewRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const policy = useCurrentPolicy();
  const goals = useGoals();
  return (
    <>
      <div className="page-heading">
        <h1>{t('overview.heading')}</h1>
        {policy.data && <PolicySummary policy={policy.data} />}
        <p className="lead">{t('overview.intro')}</p>
      </div>
      <QueryBoundary query={goals}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('overview.noGoals')}</p>
          ) : (
            <div className="card-grid">
              {page.items.map((goal) => (
                <GoalCard key={goal.id} goal={goal} />
              ))}
            </div>
          )
        }
      </QueryBoundary>
    </>
  );
}
