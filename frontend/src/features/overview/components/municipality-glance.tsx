import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Overview } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

const GAPS = ['problemsWithoutAction', 'actionsWithoutProblem', 'actionsWithoutMeasure', 'measuresWithoutRecentUpdate'] as const;

/**
 * What the municipality must act on: the next status report, the plan's gaps, failed imports.
 * A column beside the goals on a laptop, above them on a phone (it comes first in reading order).
 */
export function MunicipalityGlance({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const { statusReport: report, actionPlan: plan, failedImports } = overview;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const deadline = date.format(new Date(`${report.deadline}T12:00:00`));
  return (
    <section className="glance-municipality" aria-labelledby="glance-municipality-heading" data-testid="municipality-glance">
      <h2 id="glance-municipality-heading">{t('overview.glance.municipality')}</h2>
      <div className="glance-facts">
        <div className="card glance-fact">
          <h3 className="card-subheading">{t('overview.glance.report.heading', { period: report.period })}</h3>
          <p>
            {report.report ? (
              <Link to={`/reports/${report.report.id}`}>{t(`overview.glance.report.${report.report.status}`)}</Link>
            ) : (
              <Link to="/reports">{t('overview.glance.report.none')}</Link>
            )}
          </p>
          <p className={report.overdue ? 'glance-overdue' : undefined}>
            {t(report.overdue ? 'overview.glance.report.overdue' : 'overview.glance.report.deadline', { date: deadline })}
          </p>
        </div>
        {plan && (
          <div className="card glance-fact">
            <h3 className="card-subheading">{t('overview.glance.plan.heading')}</h3>
            <ul className="glance-gaps">
              {GAPS.map((gap) => (
                <li key={gap}>
                  <Link to={`/situation-pictures/${plan.situationPictureId}#gaps-heading`}
                    className={plan[gap] > 0 ? 'glance-count status-atRisk' : 'glance-count'}>
                    <span className="glance-number">{plan[gap]}</span> {t(`overview.glance.plan.${gap}`, { count: plan[gap] })}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        {failedImports && (
          <div className="card glance-fact">
            <h3 className="card-subheading">{t('overview.glance.imports.heading')}</h3>
            <p>
              <Link to="/crime-statistics#crime-import"
                className={failedImports.count > 0 ? 'glance-count status-offTrack' : 'glance-count'}>
                <span className="glance-number">{failedImports.count}</span>{' '}
                {t('overview.glance.imports.failed', { count: failedImports.count })}
              </Link>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
