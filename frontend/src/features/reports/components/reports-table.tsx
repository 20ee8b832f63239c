import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '@/lib/i18n/use-localized';
import type { ReportSummary } from '../api/types';
import { ReportStatusBadge } from './report-status';
import '../evaluation-strings';

export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** The reports: half-year, draft or approved, when created and approved, and by whom. */
export function ReportsTable({ reports }: { reports: ReportSummary[] }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  return (
    <div className="table-scroll" role="region" aria-label={t('reports.list.region')} tabIndex={0}>
      <table className="data-table" data-testid="reports-table">
        <caption className="visually-hidden">{t('reports.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.list.period')}</th>
            <th scope="col">{t('reports.list.status')}</th>
            <th scope="col">{t('reports.list.created')}</th>
            <th scope="col">{t('reports.list.approved')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <th scope="row">
                <Link to={`/reports/${report.id}`}>
                  {report.kind === 'evaluation'
                    ? t('evaluation.title', { period: report.period })
                    : t('reports.reportTitle', { period: report.period })}
                </Link>
              </th>
              <td>
                <ReportStatusBadge status={report.status} />
              </td>
              <td>
                {formatDateTime(report.createdAt, locale)} ({report.createdBy})
              </td>
              <td>
                {report.approvedAt ? `${formatDateTime(report.approvedAt, locale)} (${report.approvedBy ?? ''})` : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
