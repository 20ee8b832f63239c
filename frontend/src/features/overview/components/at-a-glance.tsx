import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '@/components/query-boundary';
import { useOverview } from '../api/get-overview';
import { GoalGlanceCard } from './goal-glance-card';
import { MunicipalityGlance } from './municipality-glance';

/**
 * The signed-in start page: the municipality's to-act-on column, then each goal at a glance in
 * a grid (three columns of two rows on a laptop, one column on a phone).
 */
export function AtAGlance() {
  const { t } = useTranslation();
  const overview = useOverview();
  return (
    <QueryBoundary query={overview}>
      {(data) => (
        <div className="glance-layout">
          <MunicipalityGlance overview={data} />
          <section className="glance-goals" aria-labelledby="glance-goals-heading">
            <h2 id="glance-goals-heading" className="visually-hidden">{t('overview.glance.goals')}</h2>
            {data.goals.length === 0 ? (
              <p>{t('overview.noGoals')}</p>
            ) : (
              <div className="glance-grid">
                {data.goals.map((glance) => (
                  <GoalGlanceCard key={glance.goal.id} glance={glance} />
                ))}
              </div>
            )}
          </section>
        </div>
      )}
    </QueryBoundary>
  );
}
