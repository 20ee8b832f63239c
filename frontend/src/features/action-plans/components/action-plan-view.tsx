import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionPlan } from '@/lib/api/types';
import type { ProposalDecision } from '../api/decide-proposal';

type Action = ActionPlan['actions'][number];

/** The coordinator's decision on a proposed action, when they may take it here. */
export interface ProposalDecider {
  decide: (actionId: number, decision: ProposalDecision) => void;
  isPending: boolean;
}
import { useLocalized } from '@/lib/i18n/use-localized';

/**
 * A plan's actions, each with the problems it answers, the measures that carry it out and its
 * follow-up; an editor's proposal is marked as one (and decided here by the coordinator); and its
 * consultations.
 */
export function ActionPlanView({ plan, proposals }: { plan: ActionPlan; proposals?: ProposalDecider }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <>
      <p>
        {t(`actionPlans.status.${plan.status}`)}
        {plan.decision && ` — ${t('actionPlans.decidedBy', { body: plan.decision.body, date: plan.decision.date })}`}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('actionPlans.actionsCaption', { title: plan.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actionPlans.action')}</th>
              <th scope="col">{t('actionPlans.problems')}</th>
              <th scope="col">{t('actionPlans.organisations')}</th>
              <th scope="col">{t('actionPlans.measures')}</th>
              <th scope="col">{t('actionPlans.timeFrame')}</th>
              <th scope="col">{t('actionPlans.result')}</th>
              <th scope="col">{t('actionPlans.effect')}</th>
              <th scope="col">{t('actionPlans.followUp.heading')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.title}
                  {a.status === 'proposed' && <Proposal action={a} proposals={proposals} />}
                </th>
                <td>{a.problems.length ? a.problems.map((p) => p.title).join('; ') : t('actionPlans.noProblem')}</td>
                <td>{a.organisations.map((o) => text(o.name)).join(', ')}</td>
                <td>
                  {a.measures.length === 0 ? (
                    t('actionPlans.noMeasure')
                  ) : (
                    <ul className="plain-list">
                      {a.measures.map((m) => (
                        <li key={m.id}>
                          <Link to={`/measures/${m.id}`}>{m.title}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {a.from ?? ''} – {a.to ?? ''}
                </td>
                <td>{a.resultIndicator ? text(a.resultIndicator.name) : (a.resultCrimeCategory ?? '–')}</td>
                <td data-testid="action-effects">
                  {a.effects.length === 0 ? (
                    '–'
                  ) : (
                    <ul className="plain-list">
                      {a.effects.map((e) => (
                        <li key={e.measureId}>
                          {e.measureTitle} ({e.outcome}{e.retrospective ? `, ${t('actionPlans.retrospective')}` : ''}):{' '}
                          {e.sentence}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-testid="action-follow-up">
                  <FollowUp followUp={a.followUp} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.consultations.length > 0 && (
        <>
          <h3>{t('actionPlans.consultations')}</h3>
          <ul>
            {plan.consultations.map((c, i) => (
              <li key={i}>
                <strong>{c.date}</strong> ({c.parties.map((p) => text(p.name)).join(', ')}): {c.summary}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** An action's follow-up in words: its status, how many of its measures are assessed, and its result figure's trend. */
function FollowUp({ followUp }: { followUp: Action['followUp'] }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{t(`actionPlans.followUp.status.${followUp.status}`)}</strong>
      {followUp.measures > 0 && (
        <>
          <br />
          {t('actionPlans.followUp.assessed', { assessed: followUp.measuresAssessed, measures: followUp.measures })}
        </>
      )}
      {followUp.latestUpdate && (
        <>
          <br />
          {t('actionPlans.followUp.latestUpdate', { date: followUp.latestUpdate })}
        </>
      )}
      {followUp.resultTrend && (
        <>
          <br />
          {t(`actionPlans.followUp.trend.${followUp.resultTrend.trend}`)}
        </>
      )}
    </>
  );
}

/** "Proposed by …", and for the coordinator the buttons that accept or reject the proposal. */
function Proposal({ action, proposals }: { action: Action; proposals?: ProposalDecider }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <>
      <br />
      <span className="badge">
        {action.proposedBy
          ? t('actionPlans.proposal.by', { organisation: text(action.proposedBy.name) })
          : t('actionPlans.proposal.marker')}
      </span>
      {proposals && (
        <span className="form-actions">
          <button
            type="button"
            className="button"
            disabled={proposals.isPending}
            aria-label={t('actionPlans.proposal.acceptNamed', { title: action.title })}
            onClick={() => proposals.decide(action.id, 'acceptance')}
          >
            {t('actionPlans.proposal.accept')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={proposals.isPending}
            aria-label={t('actionPlans.proposal.rejectNamed', { title: action.title })}
            onClick={() => proposals.decide(action.id, 'rejection')}
          >
            {t('actionPlans.proposal.reject')}
          </button>
        </span>
      )}
    </>
  );
}
