import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useMe } from '@/features/auth/api/get-me';
import { useCurrentPolicy } from '@/features/policies/api/get-policies';
import { useGoals } from '@/features/goals/api/get-goals';
import { GoalCard } from '@/features/goals/components/goal-card';
import { PolicySummary } from '@/features/goals/components/policy-summary';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { loadCataloguePart, type CatalogueLoaders } from '@/lib/i18n/i18n';

/** The glance's texts come with it (a catalogue part), as its charts do: only signed-in readers fetch them. */
const glanceTexts: CatalogueLoaders = {
  sv: () => import('@/features/overview/i18n/sv.json'),
  en: () => import('@/features/overview/i18n/en.json'),
};
const AtAGlance = lazy(async () => {
  const [module] = await Promise.all([import('@/features/overview/components/at-a-glance'), loadCataloguePart(glanceTexts)]);
  return { default: module.AtAGlance };
});

const SIGNED_IN_ROLES = ['viewer', 'partner', 'editor', 'coordinator'];

/** The start page: for signed-in readers each goal at a glance and what to act on; for others the goals in words. */
export function OverviewRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const policy = useCurrentPolicy();
  const auth = useAuth();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);
  const glance = me.data?.roles.some((role) => SIGNED_IN_ROLES.includes(role)) ?? false;
  return (
    <>
      <div className="page-heading">
        <h1>{t('overview.heading')}</h1>
        {policy.data && <PolicySummary policy={policy.data} />}
        <p className="lead">{t('overview.intro')}</p>
      </div>
      {auth.isAuthenticated && me.isPending ? (
        <Loading />
      ) : glance ? (
        <Suspense fallback={<Loading />}>
          <AtAGlance />
        </Suspense>
      ) : (
        <GoalCards />
      )}
    </>
  );
}

function GoalCards() {
  const { t } = useTranslation();
  const goals = useGoals();
  return (
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
  );
}
