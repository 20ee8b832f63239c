import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionPlanGaps } from '@/lib/api/types';

/** Where the chain problem → action → measure → follow-up breaks: shown, not hidden. */
export function GapsList({ gaps }: { gaps: ActionPlanGaps }) {
  const { t } = useTranslation();
  const total =
    gaps.problemsWithoutAction.length +
    gaps.actionsWithoutProblem.length +
    gaps.actionsWithoutMeasure.length +
    gaps.measuresWithoutRecentUpdate.length;
  if (total === 0) return <p>{t('actionPlans.gaps.none')}</p>;
  return (
    <div className="gap-list">
      {gaps.problemsWithoutAction.length > 0 && (
        <>
          <h3>{t('actionPlans.gaps.problemsWithoutAction')}</h3>
          <ul>
            {gaps.problemsWithoutAction.map((p) => (
              <li key={p.id}>{p.title}</li>
            ))}
          </ul>
        </>
      )}
      {gaps.actionsWithoutProblem.length > 0 && (
        <>
          <h3>{t('actionPlans.gaps.actionsWithoutProblem')}</h3>
          <ul>
            {gaps.actionsWithoutProblem.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ul>
        </>
      )}
      {gaps.actionsWithoutMeasure.length > 0 && (
        <>
          <h3>{t('actionPlans.gaps.actionsWithoutMeasure')}</h3>
          <ul>
            {gaps.actionsWithoutMeasure.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ul>
        </>
      )}
      {gaps.measuresWithoutRecentUpdate.length > 0 && (
        <>
          <h3>{t('actionPlans.gaps.measuresWithoutRecentUpdate')}</h3>
          <ul>
            {gaps.measuresWithoutRecentUpdate.map((g) => (
              <li key={g.measure.id}>
                <Link to={`/measures/${g.measure.id}`}>{g.measure.title}</Link> —{' '}
                {g.lastUpdate
                  ? t('actionPlans.gaps.lastUpdate', { date: g.lastUpdate.date })
                  : t('actionPlans.gaps.noUpdate')}{' '}
                ({g.actions.map((a) => a.title).join('; ')})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
