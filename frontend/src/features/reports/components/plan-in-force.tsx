import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '@/lib/i18n/use-localized';
import type { ReportContent } from '../api/types';

type PlanInForce = NonNullable<ReportContent['actionPlan']>;

/**
 * The adopted action plan in force for the half-year, as the report cites it (read-only): each
 * action with the problems it answers and its follow-up as of the half-year's last day. It takes
 * the place of the free-text lägesbild and åtgärdsplan of earlier reports.
 */
export function PlanInForceSection({ plan }: { plan: PlanInForce }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <section aria-labelledby="preview-plan" data-testid="report-plan">
      <h3 id="preview-plan">{t('reports.plan.heading')}</h3>
      <p>
        {t('reports.plan.lead', { title: plan.title, asOf: plan.asOf })}{' '}
        <Link to={`/situation-pictures/${plan.situationPicture.id}`}>{plan.situationPicture.title}</Link>
        {plan.decision && ` (${t('reports.plan.decision', { body: plan.decision.body, date: plan.decision.date })})`}
      </p>
      <div className="table-scroll" role="region" tabIndex={0} aria-label={t('reports.plan.tableLabel')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.plan.action')}</th>
              <th scope="col">{t('reports.plan.problems')}</th>
              <th scope="col">{t('reports.plan.organisations')}</th>
              <th scope="col">{t('reports.plan.status')}</th>
              <th scope="col">{t('reports.plan.assessed')}</th>
              <th scope="col">{t('reports.plan.result')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.title}</th>
                <td>{a.problems.map((p) => p.title).join('; ') || '–'}</td>
                <td>{a.organisations.map((o) => text(o.name)).join(', ')}</td>
                <td>{t(`reports.plan.followUp.${a.followUp.status}`)}</td>
                <td>{t('reports.plan.assessedOf', { assessed: a.followUp.measuresAssessed, measures: a.followUp.measures })}</td>
                <td>{a.followUp.resultTrend ? t(`reports.plan.trend.${a.followUp.resultTrend.trend}`) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
