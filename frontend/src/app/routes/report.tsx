import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useReport } from '@/features/reports/api/get-report';
import { useReportHistory } from '@/features/reports/api/get-report-history';
import { useReplaceReportSections } from '@/features/reports/api/replace-report-sections';
import type { Report, ReportContent, ReportSections } from '@/features/reports/api/types';
import { ApprovePanel } from '@/features/reports/components/approve-panel';
import { DownloadButtons } from '@/features/reports/components/download-buttons';
import { ReportHistory } from '@/features/reports/components/report-history';
import { ReportPreview } from '@/features/reports/components/report-preview';
import { ReportStatusBadge } from '@/features/reports/components/report-status';
import { formatDateTime } from '@/features/reports/components/reports-table';
import { editableSections, SectionEditor } from '@/features/reports/components/section-editor';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api/api-problem';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useCaller } from '../measures/use-caller';
import { NotFoundRoute } from './not-found';

// The evaluation of a policy period has its own builder, fetched only when one is opened.
const EvaluationBuilder = lazy(() => import('@/features/reports/components/evaluation-builder'));

export function ReportRoute() {
  const { id } = useParams();
  const reportId = Number(id);
  if (!Number.isSafeInteger(reportId) || reportId < 1) return <NotFoundRoute />;
  return <ReportPage reportId={reportId} />;
}

/** The report builder: a live preview of every section, the section editors, approval and downloads. */
function ReportPage({ reportId }: { reportId: number }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const caller = useCaller();
  const report = useReport(reportId, auth.isAuthenticated);
  // The history is for signed-in readers only (the API answers anonymous callers 401).
  const history = useReportHistory(reportId, caller.signedIn && report.isSuccess);
  // The version the texts were last saved as, kept here since the builder restarts with each version.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  useDocumentTitle(report.data ? t('reports.reportTitle', { period: report.data.report.period }) : t('reports.title'));

  if (report.isError && isApiProblem(report.error) && report.error.status === 404) {
    return (
      <>
        <h1>{t('reports.notFound')}</h1>
        <p>
          <Link to="/reports">{t('reports.back')}</Link>
        </p>
      </>
    );
  }
  if (report.isPending) return <Loading />;
  if (report.isError) return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  return (
    <>
      {/* A new version read from the server (after saving, approving or reloading) starts the editor afresh. */}
      {report.data.report.kind === 'evaluation' ? (
        <Suspense fallback={<Loading />}>
          <EvaluationBuilder key={report.data.report.version} report={report.data.report} etag={report.data.etag}
            editable={caller.isCoordinator} saved={savedVersion === report.data.report.version}
            onSaved={setSavedVersion} onReload={() => void report.refetch()} />
        </Suspense>
      ) : (
        <ReportBuilder key={report.data.report.version} report={report.data.report} etag={report.data.etag}
          editable={caller.isCoordinator} saved={savedVersion === report.data.report.version}
          onSaved={setSavedVersion} onReload={() => void report.refetch()} />
      )}
      <section className="section" aria-labelledby="report-history">
        <h2 id="report-history">{t('history.heading')}</h2>
        {caller.signedIn ? (
          <QueryBoundary query={history}>{(page) => <ReportHistory entries={page.items} />}</QueryBoundary>
        ) : (
          <p>{t('history.signIn')}</p>
        )}
      </section>
    </>
  );
}

function ReportBuilder({ report, etag, editable, saved, onSaved, onReload }: {
  report: Report;
  etag: string | null;
  editable: boolean;
  saved: boolean;
  onSaved: (version: number) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const save = useReplaceReportSections();
  const [sections, setSections] = useState<ReportSections>(report.sections);
  const isDraft = report.status === 'draft';
  const canEdit = editable && isDraft;
  // a half-year report always has its content (only an evaluation has none)
  const content = report.content as ReportContent;

  const dirty = canEdit && (['narrative', 'situation', 'actionPlan'] as const).some((k) => sections[k] !== report.sections[k]);

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/reports">{t('nav.reports')}</Link>
          </li>
          <li>
            <span aria-current="page">{t('reports.reportTitle', { period: report.period })}</span>
          </li>
        </ol>
      </nav>
      <div className="page-heading">
        <h1>
          {t('reports.reportTitle', { period: report.period })} <ReportStatusBadge status={report.status} />
        </h1>
        <p className="lead">
          {isDraft
            ? t('reports.draftLead', { builtAt: formatDateTime(content.builtAt, locale) })
            : t('reports.approvedLead', { approvedAt: formatDateTime(report.approvedAt, locale), approvedBy: report.approvedBy ?? '' })}
        </p>
      </div>
      <DownloadButtons id={report.id} period={report.period} />
      {canEdit && (
        <div className="report-builder">
          <SectionEditor keys={editableSections(content)} value={sections} saving={save.isPending} saved={saved && !dirty} error={save.error}
            onChange={setSections}
            onReload={() => {
              save.reset();
              onReload();
            }}
            onSave={() => {
              if (!etag) return;
              save.mutate({ id: report.id, etag, sections }, { onSuccess: (changed) => onSaved(changed.version) });
            }} />
          <ApprovePanel id={report.id} dirty={dirty} />
        </div>
      )}
      <ReportPreview content={content} sections={canEdit ? sections : report.sections} exact={report.exact} />
    </>
  );
}
