import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useAddMeasureUpdate } from '@/features/measures/api/add-measure-update';
import { useMeasure } from '@/features/measures/api/get-measure';
import { useMeasureHistory } from '@/features/measures/api/get-measure-history';
import { useMeasureUpdates } from '@/features/measures/api/get-measure-updates';
import { HistoryTable } from '@/features/measures/components/history-table';
import { MeasureDetails } from '@/features/measures/components/measure-details';
import { ProgressLog, ProgressUpdateForm } from '@/features/measures/components/progress-log';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api/api-problem';
import { useCaller } from '../measures/use-caller';
import { NotFoundRoute } from './not-found';

export function MeasureRoute() {
  const { id } = useParams();
  const measureId = Number(id);
  if (!Number.isSafeInteger(measureId) || measureId < 1) return <NotFoundRoute />;
  return <MeasurePage measureId={measureId} />;
}

/** One measure: what it is, its goals, indicators and districts, the progress log and the history. */
function MeasurePage({ measureId }: { measureId: number }) {
  const { t } = useTranslation();
  const caller = useCaller();
  const measure = useMeasure(measureId);
  const updates = useMeasureUpdates(measureId);
  const history = useMeasureHistory(measureId, caller.signedIn && measure.isSuccess);
  const addUpdate = useAddMeasureUpdate();
  useDocumentTitle(measure.data?.measure.title ?? t('measures.title'));

  if (measure.isError && isApiProblem(measure.error) && measure.error.status === 404) {
    return (
      <>
        <h1>{t('measures.notFound')}</h1>
        <p>
          <Link to="/measures">{t('measures.back')}</Link>
        </p>
      </>
    );
  }
  if (measure.isPending) return <Loading />;
  if (measure.isError) return <ErrorAlert error={measure.error} onRetry={() => void measure.refetch()} />;

  const m = measure.data.measure;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/measures">{t('nav.measures')}</Link>
          </li>
          <li>
            <span aria-current="page">{m.title}</span>
          </li>
        </ol>
      </nav>
      <div className="page-heading page-heading-with-action">
        <h1>
          {m.title}
          {m.demo && (
            <>
              {' '}
              <span className="badge badge-demo" title={t('measures.demoTitle')}>
                {t('measures.demo')}
              </span>
            </>
          )}
        </h1>
        {m.canEdit && (
          <Link to={`/measures/${m.id}/edit`} className="button">
            {t('measures.edit')}
          </Link>
        )}
      </div>
      {m.needsFollowUp && (
        <div className="alert alert-warning" data-testid="needs-follow-up">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('measures.details.needsFollowUp')}
          </p>
        </div>
      )}
      <MeasureDetails measure={m} />
      <section className="section" aria-labelledby="measure-log">
        <h2 id="measure-log">{t('measures.log.heading')}</h2>
        <QueryBoundary query={updates}>{(page) => <ProgressLog updates={page.items} />}</QueryBoundary>
        {m.canEdit && (
          <ProgressUpdateForm
            onSubmit={(input) => addUpdate.mutateAsync({ id: m.id, input })}
            error={addUpdate.error}
            pending={addUpdate.isPending}
          />
        )}
      </section>
      <section className="section" aria-labelledby="measure-history">
        <h2 id="measure-history">{t('measures.history.heading')}</h2>
        {caller.signedIn ? (
          <QueryBoundary query={history}>{(page) => <HistoryTable entries={page.items} />}</QueryBoundary>
        ) : (
          <p>{t('measures.history.signIn')}</p>
        )}
      </section>
    </>
  );
}
