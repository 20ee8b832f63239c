import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsetField, FormField, useFormFields } from '@/components/form-field';
import { Picker, toggle } from '@/components/picker';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors, pickedListField } from '@/lib/api/field-errors';
import type { SituationPicture } from '@/lib/api/types';
import { useReplaceSituationPicture } from '../api/replace-situation-picture';
import {
  emptyProblem,
  emptySection,
  pictureFormState,
  pictureInput,
  type EvidenceOptions,
  type PictureFormState,
  type ProblemRow,
  type SectionRow,
} from './editor-state';

const PRIORITIES = ['high', 'medium', 'low'] as const;
const VISIBILITIES = ['internal', 'public'] as const;
const SEXES = ['female', 'male'] as const;

/**
 * The coordinator's editor of a draft lägesbild: its title, the other information, the analysis
 * and the problems with their evidence, saved in one PUT with If-Match (a 412 says someone else
 * saved first). The API's field errors appear at their fields.
 */
export function PictureEditor({ picture, options, optionsError, onDone }: {
  picture: SituationPicture;
  /** What the evidence may name, from the lists the API serves; undefined while they load. */
  options?: EvidenceOptions;
  optionsError?: unknown;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const replace = useReplaceSituationPicture();
  const [state, setState] = useState<PictureFormState>(() => pictureFormState(picture));
  const problem = isApiProblem(replace.error) ? replace.error : undefined;
  const field = useFormFields(groupFieldErrors(replace.error, pickedListField));
  const L = (key: string, values?: Record<string, unknown>) => t(`situationPictures.editor.${key}`, values);

  const setSection = (i: number, patch: Partial<SectionRow>) =>
    setState((s) => ({ ...s, sections: s.sections.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const setProblem = (i: number, patch: Partial<ProblemRow>) =>
    setState((s) => ({ ...s, problems: s.problems.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    replace.mutate({ id: picture.id, version: picture.version, input: pictureInput(state) }, { onSuccess: onDone });
  };

  const text = (name: string, label: string, value: string, onChange: (v: string) => void, rows?: number) => (
    <FormField {...field(name)} label={label}>
      {(control) =>
        rows ? (
          <textarea {...control} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...control} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </FormField>
  );
  const choice = <V extends string>(name: string, label: string, value: V, values: readonly V[], prefix: string,
    onChange: (v: V) => void) => (
    <FormField {...field(name)} label={label}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {values.map((v) => (
            <option key={v} value={v}>
              {t(`situationPictures.${prefix}.${v}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form className="measure-form" onSubmit={submit} noValidate aria-labelledby="picture-editor-heading">
      <h2 id="picture-editor-heading">{L('heading')}</h2>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">
            {problem.status === 412 ? L('stale') : problem.status === 400 ? t('forms.invalid') : problem.title}
          </p>
          {problem.detail && problem.status !== 400 && problem.status !== 412 && <p>{problem.detail}</p>}
        </div>
      )}
      {text('title', L('title'), state.title, (v) => setState((s) => ({ ...s, title: v })))}

      <FieldsetField {...field('sections')} legend={L('sections')}>
        {state.sections.map((r, i) => (
          <FieldsetField key={i} {...field(`sections[${i}]`)} legend={L('sectionRow', { n: i + 1 })} className="row-group">
            {text(`sections[${i}].title`, L('sectionTitle'), r.title, (v) => setSection(i, { title: v }))}
            {text(`sections[${i}].text`, L('sectionText'), r.text, (v) => setSection(i, { text: v }), 4)}
            {text(`sections[${i}].source`, L('source'), r.source, (v) => setSection(i, { source: v }))}
            {choice(`sections[${i}].visibility`, L('visibility'), r.visibility, VISIBILITIES, 'visibility',
              (v) => setSection(i, { visibility: v }))}
            <button type="button" className="button button-secondary"
              onClick={() => setState((s) => ({ ...s, sections: s.sections.filter((_, j) => j !== i) }))}>
              {L('removeSection', { n: i + 1 })}
            </button>
          </FieldsetField>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setState((s) => ({ ...s, sections: [...s.sections, emptySection()] }))}>
          {L('addSection')}
        </button>
      </FieldsetField>

      {text('analysis', L('analysis'), state.analysis, (v) => setState((s) => ({ ...s, analysis: v })), 6)}

      <FieldsetField {...field('problems')} legend={L('problems')}>
        {optionsError ? <p className="alert alert-error">{L('optionsFailed')}</p> : null}
        {state.problems.map((r, i) => (
          <FieldsetField key={i} {...field(`problems[${i}]`)} legend={L('problemRow', { n: i + 1 })} className="row-group">
            {text(`problems[${i}].title`, L('problemTitle'), r.title, (v) => setProblem(i, { title: v }))}
            {text(`problems[${i}].description`, L('description'), r.description, (v) => setProblem(i, { description: v }), 3)}
            <div className="form-row">
              {choice(`problems[${i}].priority`, L('priority'), r.priority, PRIORITIES, 'priority',
                (v) => setProblem(i, { priority: v }))}
              {choice(`problems[${i}].visibility`, L('visibility'), r.visibility, VISIBILITIES, 'visibility',
                (v) => setProblem(i, { visibility: v }))}
            </div>
            {options && (
              <>
                <Picker field={field(`problems[${i}].evidence.crimeCategories`)} legend={L('crimeCategories')}
                  options={options.crimeCategories} picked={r.crimeCategories}
                  onChange={(v) => setProblem(i, { crimeCategories: v })} />
                <Picker field={field(`problems[${i}].evidence.districts`)} legend={L('districts')}
                  options={options.districts} picked={r.districts} onChange={(v) => setProblem(i, { districts: v })} />
                <Picker field={field(`problems[${i}].evidence.indicators`)} legend={L('indicators')}
                  options={options.indicators} picked={r.indicators} onChange={(v) => setProblem(i, { indicators: v })} />
                <Picker field={field(`problems[${i}].evidence.factors`)} legend={L('factors')}
                  options={options.factors} picked={r.factors} onChange={(v) => setProblem(i, { factors: v })} />
              </>
            )}
            <FieldsetField {...field(`problems[${i}].sexes`)} legend={L('sexes')} hint={L('sexesHint')} className="checkbox-group">
              {SEXES.map((sex) => (
                <FormField key={sex} id={`${field(`problems[${i}].sexes`).id}-${sex}`} label={t(`situationPictures.sex.${sex}`)} inline>
                  {(control) => (
                    <input {...control} type="checkbox" checked={r.sexes.includes(sex)}
                      onChange={() => setProblem(i, { sexes: toggle(r.sexes, sex) })} />
                  )}
                </FormField>
              ))}
            </FieldsetField>
            <FormField {...field(`problems[${i}].ageGroups`)} label={L('ageGroups')} hint={L('ageGroupsHint')}>
              {(control) => (
                <input {...control} type="text" value={r.ageGroups} onChange={(e) => setProblem(i, { ageGroups: e.target.value })} />
              )}
            </FormField>
            <button type="button" className="button button-secondary"
              onClick={() => setState((s) => ({ ...s, problems: s.problems.filter((_, j) => j !== i) }))}>
              {L('removeProblem', { n: i + 1 })}
            </button>
          </FieldsetField>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setState((s) => ({ ...s, problems: [...s.problems, emptyProblem()] }))}>
          {L('addProblem')}
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
