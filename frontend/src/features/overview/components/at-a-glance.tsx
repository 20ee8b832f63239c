import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '@/components/query-boundary';
import { useOverview } from '../api/get-overview';
import { GoalGlanceCard } from './goal-glance-card';
import { MunicipalityGlance } from './municipality-glance';

/** The signed-in start page: the municipality's to-act-on strip, then each goal at a glance. */
export function AtAGlance() {
  const { t } = useTranslation();
  const overview = useOverview();
  return (
    <QueryBoundary query={overview}>
      {(data) => (
        <>
          <MunicipalityGlance overview={data} />
          <h2 className="visually-hidden">{t('overview.glance.goals')}</h2>
          {data.goals.length === 0 ? (
            <p>{t('overview.noGoals')}</p>
          ) : (
            <div className="card-grid glance-grid">
              {data.goals.map((glance) => (
                <GoalGlanceCard key={glance.goal.id} glance={glance} />
              ))}
            </div>
          )}
        </>
      )}
    </QueryBoundary>
  );
}
