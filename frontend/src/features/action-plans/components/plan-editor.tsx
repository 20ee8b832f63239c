import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsetField, FormField, useFormFields } from '@/components/form-field';
import { Picker, type PickOption } from '@/components/picker';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { ActionPlan, SituationPicture } from '@/lib/api/types';
import { useReplaceActionPlan } from '../api/replace-action-plan';
import {
  emptyAction,
  emptyConsultation,
  planField,
  planFormState,
  planInput,
  type ActionRow,
  type ConsultationRow,
  type PlanFormState,
} from './plan-state';
import { ResultSelect } from './result-select';

/**
 * The coordinator's editor of a draft action plan: each action linked to the lägesbild's
 * problems, its responsible organisations and the measures that carry it out, a time frame and
 * a result figure; and the consultation log. One PUT with If-Match; the gaps follow the save.
 */
export interface PlanOptions {
  organisations: PickOption[];
  measures: PickOption[];
  indicators: PickOption[];
  crimeCategories: PickOption[];
}

export function PlanEditor({ plan, picture, options, onDone }: {
  plan: ActionPlan;
  picture: SituationPicture;
  options: PlanOptions;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const replace = useReplaceActionPlan();
  const [state, setState] = useState<PlanFormState>(() => planFormState(plan));
  const problem = isApiProblem(replace.error) ? replace.error : undefined;
  const field = useFormFields(groupFieldErrors(replace.error, planField));
  const L = (key: string, values?: Record<string, unknown>) => t(`actionPlans.editor.${key}`, values);

  const problemOptions = picture.problems.map((p) => ({ value: String(p.id), label: p.title }));
  const { organisations: organisationOptions, measures: measureOptions } = options;

  const setAction = (i: number, patch: Partial<ActionRow>) =>
    setState((s) => ({ ...s, actions: s.actions.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const setConsultation = (i: number, patch: Partial<ConsultationRow>) =>
    setState((s) => ({ ...s, consultations: s.consultations.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    replace.mutate({ id: plan.id, version: plan.version, input: planInput(picture.id, state) }, { onSuccess: onDone });
  };

  const input = (name: string, label: string, value: string, onChange: (v: string) => void, type = 'text') => (
    <FormField {...field(name)} label={label}>
      {(control) => <input {...control} type={type} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
  const textarea = (name: string, label: string, value: string, onChange: (v: string) => void) => (
    <FormField {...field(name)} label={label}>
      {(control) => <textarea {...control} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );

  return (
    <form className="measure-form" onSubmit={submit} noValidate aria-labelledby="plan-editor-heading">
      <h3 id="plan-editor-heading">{L('heading')}</h3>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">
            {problem.status === 412 ? L('stale') : problem.status === 400 ? t('forms.invalid') : problem.title}
          </p>
          {problem.detail && problem.status !== 400 && problem.status !== 412 && <p>{problem.detail}</p>}
        </div>
      )}
      {input('title', L('title'), state.title, (v) => setState((s) => ({ ...s, title: v })))}

      <FieldsetField {...field('actions')} legend={L('actions')}>
        {state.actions.map((a, i) => (
          <FieldsetField key={i} {...field(`actions[${i}]`)} legend={L('actionRow', { n: i + 1 })} className="row-group">
            {input(`actions[${i}].title`, L('actionTitle'), a.title, (v) => setAction(i, { title: v }))}
            {textarea(`actions[${i}].description`, L('description'), a.description, (v) => setAction(i, { description: v }))}
            <Picker field={field(`actions[${i}].problems`)} legend={L('problems')} options={problemOptions}
              picked={a.problems} onChange={(v) => setAction(i, { problems: v })} />
            <Picker field={field(`actions[${i}].organisations`)} legend={L('organisations')} options={organisationOptions}
              picked={a.organisations} onChange={(v) => setAction(i, { organisations: v })} />
            <Picker field={field(`actions[${i}].measures`)} legend={L('measures')} options={measureOptions}
              picked={a.measures} onChange={(v) => setAction(i, { measures: v })} />
            <div className="form-row">
              {input(`actions[${i}].from`, L('from'), a.from, (v) => setAction(i, { from: v }), 'date')}
              {input(`actions[${i}].to`, L('to'), a.to, (v) => setAction(i, { to: v }), 'date')}
            </div>
            <ResultSelect field={field(`actions[${i}].result`)} value={a.result} onChange={(v) => setAction(i, { result: v })}
              indicators={options.indicators} crimeCategories={options.crimeCategories} />
            <button type="button" className="button button-secondary"
              onClick={() => setState((s) => ({ ...s, actions: s.actions.filter((_, j) => j !== i) }))}>
              {L('removeAction', { n: i + 1 })}
            </button>
          </FieldsetField>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setState((s) => ({ ...s, actions: [...s.actions, emptyAction()] }))}>
          {L('addAction')}
        </button>
      </FieldsetField>

      <FieldsetField {...field('consultations')} legend={L('consultations')}>
        {state.consultations.map((c, i) => (
          <FieldsetField key={i} {...field(`consultations[${i}]`)} legend={L('consultationRow', { n: i + 1 })} className="row-group">
            {input(`consultations[${i}].date`, L('date'), c.date, (v) => setConsultation(i, { date: v }), 'date')}
            <Picker field={field(`consultations[${i}].parties`)} legend={L('parties')} options={organisationOptions}
              picked={c.parties} onChange={(v) => setConsultation(i, { parties: v })} />
            {textarea(`consultations[${i}].summary`, L('summary'), c.summary, (v) => setConsultation(i, { summary: v }))}
            <button type="button" className="button button-secondary"
              onClick={() => setState((s) => ({ ...s, consultations: s.consultations.filter((_, j) => j !== i) }))}>
              {L('removeConsultation', { n: i + 1 })}
            </button>
          </FieldsetField>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setState((s) => ({ ...s, consultations: [...s.consultations, emptyConsultation()] }))}>
          {L('addConsultation')}
        </button>
      </FieldsetField>

      <div className="form-actions">
        <button type="submit" className="button" disabled={replace.isPending}>
          {L('save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
