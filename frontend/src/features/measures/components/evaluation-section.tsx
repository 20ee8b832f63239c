import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import type { ComparisonSuggestions, EvaluationInput, MeasureEvaluation } from '@/lib/api/types';
import type { SuggestionParams } from '../api/get-suggested-comparisons';
import type { VersionedEvaluation } from '../api/get-measure-evaluation';
import { EvaluationChart } from './evaluation-chart';
import { EvaluationForm, type EvaluationFormOptions } from './evaluation-form';
import { EvaluationHistory } from './evaluation-history';
import { useMeasureEvaluationHistory } from '../api/get-measure-evaluation-history';

interface EvaluationSectionProps {
  measureId: number;
  measureDistricts: string[];
  /** Whether the caller may change the measure, and so declare its design. */
  canEdit: boolean;
  query: { isPending: boolean; isError: boolean; error: unknown; data?: VersionedEvaluation | null; refetch: () => unknown };
  /** The form's choices; only needed by those who may edit. */
  options?: EvaluationFormOptions;
  onSave: (etag: string | null, input: EvaluationInput) => Promise<unknown>;
  saveError: unknown;
  saving: boolean;
  onSuggest: (params: SuggestionParams) => Promise<ComparisonSuggestions>;
  /** Signed-in readers see who declared and changed the design. */
  signedIn: boolean;
}

function Design({ evaluation }: { evaluation: MeasureEvaluation }) {
  const { t } = useTranslation();
  const names = (districts: { name: string }[]) => districts.map((d) => d.name).join(', ');
  return (
    <dl className="facts facts-wide">
      <dt>{t('measures.evaluation.outcome')}</dt>
      <dd>{t('measures.evaluation.outcomeRate', { name: evaluation.outcome.name })}</dd>
      <dt>{t('measures.evaluation.targets')}</dt>
      <dd>{names(evaluation.targetDistricts)}</dd>
      <dt>{t('measures.evaluation.comparisons')}</dt>
      <dd>{names(evaluation.comparisonDistricts)}</dd>
      <dt>{t('measures.evaluation.start')}</dt>
      <dd>{evaluation.interventionStart}</dd>
      <dt>{t('measures.evaluation.windows')}</dt>
      <dd>
        {t('measures.evaluation.windowsValue', {
          before: evaluation.monthsBefore,
          beforeFrom: evaluation.beforeFrom,
          after: evaluation.monthsAfter,
          afterTo: evaluation.afterTo,
        })}
      </dd>
    </dl>
  );
}

/** The measure page's effect follow-up: the design, target against comparison over time, and the estimate in words. */
export function EvaluationSection({ measureId, measureDistricts, canEdit, query, options, onSave, saveError, saving, onSuggest, signedIn }: EvaluationSectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const versioned = query.data ?? null;
  const evaluation = versioned?.evaluation ?? null;
  const history = useMeasureEvaluationHistory(measureId, signedIn && evaluation !== null);
  const mayDeclare = canEdit && (evaluation === null || evaluation.canChange);

  let body;
  if (query.isPending) {
    body = <Loading />;
  } else if (query.isError) {
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  } else if (editing && options) {
    body = (
      <EvaluationForm
        evaluation={evaluation}
        measureDistricts={measureDistricts}
        options={options}
        error={saveError}
        pending={saving}
        onCancel={() => setEditing(false)}
        onSuggest={(args) => onSuggest({ id: measureId, ...args })}
        onSubmit={(input) => {
          void onSave(versioned?.etag ?? null, input).then(() => setEditing(false), () => undefined);
        }}
      />
    );
  } else if (evaluation === null) {
    body = <p className="muted">{t('measures.evaluation.none')}</p>;
  } else {
    const result = evaluation.result;
    body = (
      <>
        {evaluation.retrospective && (
          <p>
            <span className="badge" title={t('measures.evaluation.retrospectiveTitle')} data-testid="evaluation-retrospective">
              {t('measures.evaluation.retrospective')}
            </span>
          </p>
        )}
        <Design evaluation={evaluation} />
        <h3>{t('measures.evaluation.estimateHeading')}</h3>
        {result.estimate ? (
          <p className="lead" data-testid="evaluation-estimate">
            {t('measures.evaluation.estimate', { sentence: result.estimate.sentence })}
          </p>
        ) : (
          <p data-testid="evaluation-no-estimate">{t('measures.evaluation.noEstimate', { reason: result.reason ?? '' })}</p>
        )}
        {result.seriesWithheld ? (
          <p className="muted">{t('measures.evaluation.withheld')}</p>
        ) : (
          <div data-testid="evaluation-chart">
            <EvaluationChart series={result.series} start={evaluation.interventionStart} />
          </div>
        )}
        <p className="hint">{t('measures.evaluation.model')}</p>
        {evaluation.frozen && <p className="muted">{t('measures.evaluation.frozen')}</p>}
        {signedIn && history.data && (
          <>
            <h3>{t('measures.evaluation.historyHeading')}</h3>
            <EvaluationHistory entries={history.data.items} />
          </>
        )}
      </>
    );
  }

  return (
    <section className="section" aria-labelledby="measure-evaluation">
      <h2 id="measure-evaluation">{t('measures.evaluation.heading')}</h2>
      <p>{t('measures.evaluation.intro')}</p>
      {body}
      {mayDeclare && !editing && options && !query.isPending && !query.isError && (
        <p>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {evaluation === null ? t('measures.evaluation.register') : t('measures.evaluation.change')}
          </button>
        </p>
      )}
    </section>
  );
}
