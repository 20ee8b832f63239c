import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useReports } from '@/features/reports/api/get-reports';
import { NewEvaluationForm } from '@/features/reports/components/new-evaluation-form';
import { NewReportForm } from '@/features/reports/components/new-report-form';
import { ReportsTable } from '@/features/reports/components/reports-table';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCaller } from '../measures/use-caller';

/** The status reports: drafts and approved ones; the coordinator starts a new one here. */
export function ReportsRoute() {
  const { t } = useTranslation();
  const auth = useAuth();
  const caller = useCaller();
  useDocumentTitle(t('reports.title'));
  const reports = useReports(0, auth.isAuthenticated);
  return (
    <>
      <div className="page-heading">
        <h1>{t('reports.heading')}</h1>
        <p className="lead">{t('reports.body')}</p>
      </div>
      {caller.isCoordinator && <NewReportForm />}
      {caller.isCoordinator && <NewEvaluationForm />}
      <h2>{t('reports.list.heading')}</h2>
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.items.length === 0 ? (
        <p data-testid="no-reports">{auth.isAuthenticated ? t('reports.list.empty') : t('reports.list.emptyPublic')}</p>
      ) : (
        <ReportsTable reports={reports.data.items} />
      )}
    </>
  );
}
