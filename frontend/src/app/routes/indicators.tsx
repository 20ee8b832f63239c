import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { QueryBoundary } from '@/components/query-boundary';
import { useGoals } from '@/features/goals/api/get-goals';
import { useIndicators } from '@/features/indicators/api/get-indicators';
import { GoalFilter } from '@/features/indicators/components/goal-filter';
import { IndicatorsTable } from '@/features/indicators/components/indicators-table';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLocalized } from '@/lib/i18n/use-localized';

const parseId = (value: string | null): number | undefined => {
  const id = Number(value);
  return value && Number.isSafeInteger(id) && id > 0 ? id : undefined;
};

export function IndicatorsRoute() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  useDocumentTitle(t('indicators.list.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const goalId = parseId(searchParams.get('goal'));
  const goals = useGoals();
  const indicators = useIndicators(goalId);
  const auth = useAuth();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);
  const mayImport = me.data?.roles.some((role) => role === 'coordinator' || role === 'editor') ?? false;

  const options = (goals.data?.items ?? []).map((goal) => ({
    id: goal.id,
    label: `${t('goals.number', { number: goal.number })}: ${text(goal.title)}`,
  }));
  const chosenGoal = goals.data?.items.find((goal) => goal.id === goalId);

  return (
    <>
      <div className="page-heading">
        <h1>{t('indicators.list.heading')}</h1>
        <p className="lead">{t('indicators.list.intro')}</p>
        {mayImport && (
          <p>
            <Link to="/indicators/import" className="button">
              {t('indicators.values.import.link')}
            </Link>
          </p>
        )}
      </div>
      <GoalFilter
        options={options}
        value={goalId}
        onChange={(id) => setSearchParams(id === undefined ? {} : { goal: String(id) })}
      />
      <QueryBoundary query={indicators}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('indicators.list.none')}</p>
          ) : (
            <IndicatorsTable
              indicators={page.items}
              caption={
                chosenGoal
                  ? t('indicators.list.captionFiltered', { number: chosenGoal.number, count: page.items.length })
                  : t('indicators.list.caption', { count: page.items.length })
              }
            />
          )
        }
      </QueryBoundary>
    </>
  );
}
