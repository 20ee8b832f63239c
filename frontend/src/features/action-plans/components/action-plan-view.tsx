import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionPlan } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/** A plan's actions, each with the problems it answers and the measures that carry it out, and its consultations. */
export function ActionPlanView({ plan }: { plan: ActionPlan }) {
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
            </tr>
          </thead>
          <tbody>
            {plan.actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.title}</th>
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
