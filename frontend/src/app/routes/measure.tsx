import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useAddMeasureUpdate } from '@/features/measures/api/add-measure-update';
import { useMeasure } from '@/features/measures/api/get-measure';
import { useMeasureHistory } from '@/features/measures/api/get-measure-history';
import { useMeasureUpdates } from '@/features/measures/api/get-measure-updates';
import { useMeasureEvaluation } from '@/features/measures/api/get-measure-evaluation';
import { getSuggestedComparisons } from '@/features/measures/api/get-suggested-comparisons';
import { useReplaceMeasureEvaluation } from '@/features/measures/api/replace-measure-evaluation';
import { EvaluationSection } from '@/features/measures/components/evaluation-section';
import type { EvaluationFormOptions } from '@/features/measures/components/evaluation-form';
import { flattenChildren } from '@/features/areas/components/flatten-areas';
import { useAreas } from '@/features/areas/api/get-areas';
import { useCrimeCategories } from '@/features/crime-statistics/api/get-crime-categories';
import { useLocalized } from '@/lib/i18n/use-localized';
import type { CrimeCategory, Measure } from '@/lib/api/types';
import { HistoryTable } from '@/features/measures/components/history-table';
import { MeasureDetails } from '@/features/measures/components/measure-details';
import { CitedDecisions } from '@/features/governance/components/cited-decisions';
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
      <CitedDecisions decisions={m.forumDecisions} id="measure-forum-decisions" />
      {m.canEdit ? <EditableEvaluation measure={m} /> : <Evaluation measure={m} />}
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

/** The effect follow-up as readers see it. */
function Evaluation({ measure, options }: { measure: Measure; options?: EvaluationFormOptions }) {
  const caller = useCaller();
  const evaluation = useMeasureEvaluation(measure.id);
  const replace = useReplaceMeasureEvaluation();
  return (
    <EvaluationSection
      measureId={measure.id}
      measureDistricts={measure.districts.map((d) => d.code)}
      canEdit={measure.canEdit}
      query={evaluation}
      options={options}
      onSave={(etag, input) => replace.mutateAsync({ id: measure.id, etag, input })}
      saveError={replace.error}
      saving={replace.isPending}
      onSuggest={getSuggestedComparisons}
      signedIn={caller.signedIn}
    />
  );
}

/** The effect follow-up with the design form's choices: the districts and the crime categories and groups. */
function EditableEvaluation({ measure }: { measure: Measure }) {
  const { text } = useLocalized();
  const areas = useAreas();
  const categories = useCrimeCategories();
  const flatten = (items: CrimeCategory[]): CrimeCategory[] => items.flatMap((c) => [c, ...flatten(c.children ?? [])]);
  const options: EvaluationFormOptions = {
    districts: (areas.data?.items ?? [])
      .flatMap((area) => flattenChildren(area))
      .map((row) => ({ value: row.area.code, label: row.area.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    categories: [
      ...(categories.data?.groups ?? []).map((g) => ({ value: g.code, label: text(g.name) })),
      ...flatten(categories.data?.items ?? []).map((c) => ({ value: c.code, label: text(c.name) })),
    ],
  };
  return <Evaluation measure={measure} options={options} />;
}
