import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useGoals } from '@/features/goals/api/get-goals';
import { useIndicators } from '@/features/indicators/api/get-indicators';
import { SdgBadges } from '@/features/goals/components/sdg-badges';
import { useAdoptPolicy } from '@/features/policies/api/adopt-policy';
import { useCrosswalk } from '@/features/policies/api/get-crosswalk';
import { usePolicyHistory } from '@/features/policies/api/get-policy-history';
import { etagOf, usePolicy } from '@/features/policies/api/get-policy';
import { useReplaceCrosswalk } from '@/features/policies/api/replace-crosswalk';
import { useReplacePolicy } from '@/features/policies/api/replace-policy';
import { useLinkGoalIndicator } from '@/features/policies/api/link-goal-indicator';
import { useSavePolicyGoal } from '@/features/policies/api/save-policy-goal';
import { AdoptionPanel } from '@/features/policies/components/adoption-panel';
import { CrosswalkEditor } from '@/features/policies/components/crosswalk-editor';
import { CrosswalkTable } from '@/features/policies/components/crosswalk-table';
import { GoalForm } from '@/features/policies/components/goal-form';
import { GoalIndicatorEditor, GoalIndicatorList, type Carryable } from '@/features/policies/components/goal-indicators';
import { PolicyFacts } from '@/features/policies/components/policy-facts';
import { PolicyForm } from '@/features/policies/components/policy-form';
import { PolicyHistory } from '@/features/policies/components/policy-history';
import { PolicyStandingBadge } from '@/features/policies/components/policy-status';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api/api-problem';
import type { Crosswalk, Goal, IndicatorSummary, Policy } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useCaller } from '../measures/use-caller';
import { NotFoundRoute } from './not-found';

export function PolicyRoute() {
  const { id } = useParams();
  const policyId = Number(id);
  if (!Number.isSafeInteger(policyId) || policyId < 1) return <NotFoundRoute />;
  return <PolicyPage policyId={policyId} />;
}

/** One policy version: its facts, goals and crosswalk; for the coordinator, a draft's editor and adoption. */
function PolicyPage({ policyId }: { policyId: number }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const caller = useCaller();
  const policy = usePolicy(policyId, caller.signedIn);
  useDocumentTitle(policy.data ? text(policy.data.title) : t('policies.title'));

  if (policy.isError && isApiProblem(policy.error) && policy.error.status === 404) {
    return (
      <>
        <h1>{t('policies.notFound')}</h1>
        <p>
          <Link to="/policies">{t('policies.back')}</Link>
        </p>
      </>
    );
  }
  if (policy.isPending) return <Loading />;
  if (policy.isError) return <ErrorAlert error={policy.error} onRetry={() => void policy.refetch()} />;
  const editable = caller.isCoordinator && policy.data.status === 'draft';
  return (
    <>
      <p>
        <Link to="/policies">{t('policies.back')}</Link>
      </p>
      <div className="page-heading">
        <h1>{text(policy.data.title)}</h1>
        <PolicyStandingBadge policy={policy.data} />
        <PolicyFacts policy={policy.data} />
        {policy.data.status === 'draft' && <p className="lead">{t('policies.draftLead')}</p>}
      </div>
      <PolicyBody policy={policy.data} editable={editable} signedIn={caller.signedIn} />
      <section className="section" aria-labelledby="policy-history">
        <h2 id="policy-history">{t('history.heading')}</h2>
        {caller.signedIn ? <PolicyHistorySection policyId={policyId} /> : <p>{t('history.signIn')}</p>}
      </section>
    </>
  );
}

function PolicyBody({ policy, editable, signedIn }: { policy: Policy; editable: boolean; signedIn: boolean }) {
  const { t } = useTranslation();
  const goals = useGoals(policy.id);
  const crosswalk = useCrosswalk(policy.id, signedIn);
  const replacePolicy = useReplacePolicy();
  const saveGoal = useSavePolicyGoal();
  const replaceCrosswalk = useReplaceCrosswalk();
  const adopt = useAdoptPolicy();
  const linkIndicator = useLinkGoalIndicator();
  // what "För över" offers: the predecessor's goals with their indicators, and every indicator for a fresh link
  const predecessorGoals = useGoals(policy.predecessorId ?? undefined);
  const allIndicators = useIndicators();
  const [linking, setLinking] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [savedCrosswalk, setSavedCrosswalk] = useState<number | null>(null);
  const etag = etagOf(policy);

  return (
    <>
      <section className="section" aria-labelledby="policy-goals">
        <h2 id="policy-goals">{t('policies.goals.heading')}</h2>
        <QueryBoundary query={goals}>
          {(page) => (
            <>
              {page.items.length === 0 ? (
                <p>{t('policies.goals.none')}</p>
              ) : (
                <ol className="card-list policy-goals">
                  {page.items.map((goal) => (
                    <li key={goal.id} className="card">
                      {editable && editing === goal.number ? (
                        <GoalForm key={policy.version} goal={goal} nextNumber={goal.number}
                          pending={saveGoal.isPending} error={saveGoal.error} onCancel={() => setEditing(null)}
                          onSubmit={(body) => saveGoal.mutate({ id: policy.id, etag, number: goal.number, body },
                            { onSuccess: () => setEditing(null) })} />
                      ) : (
                        <GoalItem goal={goal} editable={editable} onEdit={() => { saveGoal.reset(); setEditing(goal.number); }} />
                      )}
                      <h4>{t('goalIndicators.heading')}</h4>
                      <GoalIndicatorList indicators={goal.indicators} />
                      {editable && (
                        <GoalIndicatorEditor key={`${policy.version}-${goal.number}`} goalNumber={goal.number}
                          options={(allIndicators.data?.items ?? []).filter((i) => !goal.indicators.some((g) => g.id === i.id))}
                          carryable={policy.predecessorId == null ? []
                            : carryableTo(goal, crosswalk.data, predecessorGoals.data?.items ?? [])}
                          pending={linkIndicator.isPending} error={linking === goal.number ? linkIndicator.error : null}
                          onSubmit={(body) => {
                            setLinking(goal.number);
                            linkIndicator.mutate({ id: policy.id, etag, number: goal.number, body });
                          }} />
                      )}
                    </li>
                  ))}
                </ol>
              )}
              {editable && editing === null && (
                <GoalForm key={policy.version} nextNumber={Math.max(0, ...page.items.map((g) => g.number)) + 1}
                  pending={saveGoal.isPending} error={saveGoal.error}
                  onSubmit={(body) => saveGoal.mutate({ id: policy.id, etag, body })} />
              )}
            </>
          )}
        </QueryBoundary>
      </section>
      <section className="section" aria-labelledby="policy-crosswalk">
        <h2 id="policy-crosswalk">{t('policies.crosswalk.heading')}</h2>
        <p>{t('policies.crosswalk.body')}</p>
        <QueryBoundary query={crosswalk}>
          {(data) =>
            editable ? (
              <CrosswalkEditor key={policy.version} crosswalk={data} goals={policy.goals}
                pending={replaceCrosswalk.isPending} error={replaceCrosswalk.error}
                saved={savedCrosswalk === policy.version}
                onSubmit={(entries) => replaceCrosswalk.mutate({ id: policy.id, etag, entries },
                  { onSuccess: (saved) => setSavedCrosswalk(saved.version) })} />
            ) : (
              <CrosswalkTable crosswalk={data} />
            )
          }
        </QueryBoundary>
      </section>
      {editable && (
        <>
          <section className="section">
            <PolicyForm key={policy.version} policy={policy} heading={t('policies.edit.heading')}
              submitLabel={t('policies.edit.submit')} pending={replacePolicy.isPending} error={replacePolicy.error}
              onSubmit={(body) => replacePolicy.mutate({ id: policy.id, etag, body })} />
          </section>
          <AdoptionPanel policy={policy} pending={adopt.isPending} error={adopt.error}
            onAdopt={(body) => adopt.mutate({ id: policy.id, etag, body })} />
        </>
      )}
    </>
  );
}

/**
 * The indicators "För över" offers for a goal: those of each predecessor goal the crosswalk maps
 * to it, that the goal does not follow yet (once each, from the first old goal that has it).
 */
function carryableTo(goal: Goal, crosswalk: Crosswalk | undefined, oldGoals: Goal[]): Carryable[] {
  const offered = new Map<number, Carryable>();
  for (const entry of crosswalk?.entries ?? []) {
    if (!entry.to.some((to) => to.id === goal.id)) continue;
    const old = oldGoals.find((g) => g.id === entry.from.id);
    for (const indicator of old?.indicators ?? []) {
      const summary: IndicatorSummary = indicator;
      if (!goal.indicators.some((i) => i.id === indicator.id) && !offered.has(indicator.id)) {
        offered.set(indicator.id, { indicator: summary, from: entry.from });
      }
    }
  }
  return [...offered.values()];
}

/** The history is for signed-in readers only (the API answers anonymous callers 401). */
function PolicyHistorySection({ policyId }: { policyId: number }) {
  const history = usePolicyHistory(policyId, true);
  return <QueryBoundary query={history}>{(page) => <PolicyHistory entries={page.items} />}</QueryBoundary>;
}

function GoalItem({ goal, editable, onEdit }: { goal: Goal; editable: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <>
      <h3>
        {t('goals.number', { number: goal.number })}: {text(goal.title)}
      </h3>
      <p>{text(goal.description)}</p>
      <SdgBadges sdgs={goal.sdgs} />
      {goal.targets.length > 0 && (
        <p className="muted">{t('policies.goal.targetsList', { targets: goal.targets.join(', ') })}</p>
      )}
      {editable && (
        <button type="button" className="button button-secondary" onClick={onEdit}
          aria-label={t('policies.goal.editLabel', { number: goal.number })}>
          {t('policies.goal.edit')}
        </button>
      )}
    </>
  );
}
