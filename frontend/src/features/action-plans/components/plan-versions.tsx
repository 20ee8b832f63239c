import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { QueryBoundary } from '@/components/query-boundary';
import type { ActionPlan, ActionPlanSummary } from '@/lib/api/types';
import { useActionPlanChanges } from '../api/get-action-plan-changes';
import { useNewActionPlanVersion } from '../api/new-action-plan-version';

/**
 * A plan's versions on its lägesbild, oldest first, the one shown marked (an earlier one is
 * shown read-only); what the shown version changed against its predecessor; and, for the
 * coordinator, a new version of the newest once it is adopted.
 */
export function PlanVersions({ versions, plan, onShow, coordinator }: {
  versions: ActionPlanSummary[];
  plan: ActionPlan;
  onShow: (id: number) => void;
  coordinator: boolean;
}) {
  const { t } = useTranslation();
  const newVersion = useNewActionPlanVersion();
  const newest = versions[versions.length - 1];
  const isNewest = newest === undefined || newest.id === plan.id;
  const offersNewVersion = coordinator && plan.status === 'adopted' && isNewest;
  return (
    <>
      {versions.length > 1 && (
        <>
          <h3>{t('actionPlans.versions.heading')}</h3>
          <ol data-testid="plan-versions">
            {versions.map((v) => (
              <li key={v.id}>
                {v.title} ({t(`actionPlans.status.${v.status}`)}
                {v.decision && `, ${v.decision.body} ${v.decision.date}`}){' '}
                {v.id === plan.id ? (
                  <strong aria-current="true">{t('actionPlans.versions.shown')}</strong>
                ) : (
                  <button type="button" className="button button-secondary" onClick={() => onShow(v.id)}>
                    {t('actionPlans.versions.show', { title: v.title, status: t(`actionPlans.status.${v.status}`) })}
                  </button>
                )}
              </li>
            ))}
          </ol>
          {!isNewest && <p className="muted">{t('actionPlans.versions.earlier')}</p>}
        </>
      )}
      {plan.predecessor && <PlanChanges plan={plan} />}
      {offersNewVersion && (
        <>
          <p>{t('actionPlans.versions.body')}</p>
          {newVersion.isError && <ErrorAlert error={newVersion.error} />}
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={newVersion.isPending}
              onClick={() => newVersion.mutate(plan.id, { onSuccess: (draft) => onShow(draft.id) })}
            >
              {t('actionPlans.versions.start')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

const FIELDS = ['description', 'problems', 'organisations', 'measures', 'from', 'to', 'resultIndicator', 'resultCrimeCategory'];

/** What a new version changed against its predecessor: actions added, removed and changed (with the fields). */
function PlanChanges({ plan }: { plan: ActionPlan }) {
  const { t } = useTranslation();
  const changes = useActionPlanChanges(plan.id, plan.predecessor !== null);
  return (
    <section aria-labelledby="plan-changes-heading">
      <h3 id="plan-changes-heading">{t('actionPlans.changes.heading', { title: plan.predecessor?.title ?? '' })}</h3>
      <QueryBoundary query={changes}>
        {(c) =>
          c.added.length + c.removed.length + c.changed.length === 0 ? (
            <p>{t('actionPlans.changes.none')}</p>
          ) : (
            <dl className="facts" data-testid="plan-changes">
              {c.added.length > 0 && (
                <>
                  <dt>{t('actionPlans.changes.added')}</dt>
                  <dd>{c.added.map((a) => a.title).join('; ')}</dd>
                </>
              )}
              {c.removed.length > 0 && (
                <>
                  <dt>{t('actionPlans.changes.removed')}</dt>
                  <dd>{c.removed.map((a) => a.title).join('; ')}</dd>
                </>
              )}
              {c.changed.length > 0 && (
                <>
                  <dt>{t('actionPlans.changes.changed')}</dt>
                  <dd>
                    {c.changed
                      .map((x) => `${x.action.title} (${x.fields
                        .map((f) => (FIELDS.includes(f) ? t(`actionPlans.changes.field.${f}`) : f))
                        .join(', ')})`)
                      .join('; ')}
                  </dd>
                </>
              )}
            </dl>
          )
        }
      </QueryBoundary>
    </section>
  );
}
