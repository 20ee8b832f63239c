import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsetField, FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { SafetyAnalysis, SafetyAnalysisInput } from '@/lib/api/types';
import { LEVELS, STAGES, TRENDS } from './vocabulary';

export interface Choice {
  value: string;
  label: string;
}

export interface SafetyAnalysisFormOptions {
  areas: Choice[];
  factors: Choice[];
  measures: Choice[];
}

interface FactorRow {
  factor: string;
  level: string;
  trend: string;
  comment: string;
}
interface PlaceRow {
  name: string;
  description: string;
  latitude: string;
  longitude: string;
}
interface MeasureRow {
  measure: string;
  stage: string;
}
interface FormState {
  area: string;
  date: string;
  title: string;
  summary: string;
  factors: FactorRow[];
  places: PlaceRow[];
  measures: MeasureRow[];
}

const initial = (a?: SafetyAnalysis): FormState => ({
  area: a?.area.code ?? '',
  date: a?.date ?? '',
  title: a?.title ?? '',
  summary: a?.summary ?? '',
  factors:
    a?.factors.map((f) => ({ factor: f.factor.code, level: f.level, trend: f.trend, comment: f.comment ?? '' })) ?? [],
  places:
    a?.placesOfConcern.map((p) => ({
      name: p.name,
      description: p.description ?? '',
      latitude: p.latitude == null ? '' : String(p.latitude),
      longitude: p.longitude == null ? '' : String(p.longitude),
    })) ?? [],
  measures: a?.measures.map((m) => ({ measure: String(m.measure.id), stage: m.stage })) ?? [],
});

const orNull = (v: string) => (v.trim() === '' ? null : v);
const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v.replace(',', '.')));

/** Required fields left empty are sent empty: the API answers which are missing, field by field. */
function toInput(s: FormState): SafetyAnalysisInput {
  return {
    area: s.area,
    date: s.date || (undefined as unknown as string),
    title: s.title,
    summary: orNull(s.summary),
    factors: s.factors.map((f) => ({
      factor: f.factor,
      level: (f.level || undefined) as never,
      trend: (f.trend || undefined) as never,
      comment: orNull(f.comment),
    })),
    placesOfConcern: s.places.map((p) => ({
      name: p.name,
      description: orNull(p.description),
      latitude: numberOrNull(p.latitude),
      longitude: numberOrNull(p.longitude),
    })),
    measures: s.measures.map((m) => ({
      measure: m.measure === '' ? (undefined as unknown as number) : Number(m.measure),
      stage: (m.stage || undefined) as never,
    })),
  };
}

interface Props {
  analysis?: SafetyAnalysis;
  options: SafetyAnalysisFormOptions;
  submitLabel: string;
  onSubmit: (input: SafetyAnalysisInput) => void;
  onCancel: () => void;
  error: unknown;
  pending: boolean;
}

/** The coordinator's form for a safety analysis; the API's field errors appear at each field. */
export function SafetyAnalysisForm({ analysis, options, submitLabel, onSubmit, onCancel, error, pending }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => initial(analysis));
  const problem = isApiProblem(error) ? error : undefined;
  const field = useFormFields(groupFieldErrors(error));
  const L = (key: string) => t(`safetyAnalyses.field.${key}`);

  const input = (name: string, label: string, value: string, onChange: (v: string) => void, type = 'text'): ReactNode => (
    <FormField {...field(name)} label={label}>
      {(control) => <input {...control} type={type} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
  const select = (name: string, label: string, value: string, choices: Choice[], onChange: (v: string) => void) => (
    <FormField {...field(name)} label={label}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('forms.choose')}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const enumChoices = (values: readonly string[], prefix: string): Choice[] =>
    values.map((value) => ({ value, label: t(`safetyAnalyses.${prefix}.${value}`) }));

  const update = <K extends 'factors' | 'places' | 'measures'>(key: K, index: number, patch: Partial<FormState[K][number]>) =>
    setState((s) => ({ ...s, [key]: s[key].map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const remove = (key: 'factors' | 'places' | 'measures', index: number) =>
    setState((s) => ({ ...s, [key]: s[key].filter((_, i) => i !== index) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(toInput(state));
  };

  return (
    <form className="measure-form" onSubmit={submit} noValidate>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">
            {problem.status === 412 ? t('forms.stale') : problem.status === 400 ? t('forms.invalid') : problem.title}
          </p>
          {problem.detail && problem.status !== 400 && <p>{problem.detail}</p>}
        </div>
      )}
      {select('area', L('area'), state.area, options.areas, (v) => setState((s) => ({ ...s, area: v })))}
      {input('date', L('date'), state.date, (v) => setState((s) => ({ ...s, date: v })), 'date')}
      {input('title', L('title'), state.title, (v) => setState((s) => ({ ...s, title: v })))}
      <FormField {...field('summary')} label={L('summary')}>
        {(control) => (
          <textarea {...control} rows={3} value={state.summary}
            onChange={(e) => setState((s) => ({ ...s, summary: e.target.value }))} />
        )}
      </FormField>

      <FieldsetField {...field('factors')} legend={L('factors')}>
        {state.factors.map((f, i) => (
          <FieldsetField key={i} {...field(`factors[${i}]`)} legend={t('safetyAnalyses.field.factorRow', { n: i + 1 })}
            className="row-group">
            {select(`factors[${i}].factor`, L('factor'), f.factor, options.factors, (v) => update('factors', i, { factor: v }))}
            {select(`factors[${i}].level`, L('level'), f.level, enumChoices(LEVELS, 'levels'), (v) => update('factors', i, { level: v }))}
            {select(`factors[${i}].trend`, L('trend'), f.trend, enumChoices(TRENDS, 'trends'), (v) => update('factors', i, { trend: v }))}
            {input(`factors[${i}].comment`, L('comment'), f.comment, (v) => update('factors', i, { comment: v }))}
            <button type="button" className="button button-secondary" onClick={() => remove('factors', i)}>
              {t('safetyAnalyses.field.removeFactor', { n: i + 1 })}
            </button>
          </FieldsetField>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setState((s) => ({ ...s, factors: [...s.factors, { factor: '', level: '', trend: '', comment: '' }] }))}>
          {L('addFactor')}
        </button>
      </FieldsetField>

      <FieldsetField {...field('placesOfConcern')} legend={L('places')}>
        {state.places.map((p, i) => (
          <FieldsetField key={i} {...field(`placesOfConcern[${i}]`)} legend={t('safetyAnalyses.field.placeRow', { n: i + 1 })}
            className="row-group">
            {input(`placesOfConcern[${i}].name`, L('placeName'), p.name, (v) => update('places', i, { name: v }))}
            {input(`placesOfConcern[${i}].description`, L('placeDescription'), p.description, (v) => update('places', i, { description: v }))}
            {input(`placesOfConcern[${i}].latitude`, L('latitude'), p.latitude, (v) => update('places', i, { latitude: v }))}
            {input(`placesOfConcern[${i}].longitude`, L('longitude'), p.longitude, (v) => update('places', i, { longitude: v }))}
            <button type="button" className="button button-secondary" onClick={() => remove('places', i)}>
              {t('safetyAnalyses.field.removePlace', { n: i + 1 })}
            </button>
          </FieldsetField>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setState((s) => ({ ...s, places: [...s.places, { name: '', description: '', latitude: '', longitude: '' }] }))}>
          {L('addPlace')}
        </button>
      </FieldsetField>

      <FieldsetField {...field('measures')} legend={L('measures')}>
        {state.measures.map((m, i) => (
          <FieldsetField key={i} {...field(`measures[${i}]`)} legend={t('safetyAnalyses.field.measureRow', { n: i + 1 })}
            className="row-group">
            {select(`measures[${i}].measure`, L('measure'), m.measure, options.measures, (v) => update('measures', i, { measure: v }))}
            {select(`measures[${i}].stage`, L('stage'), m.stage, enumChoices(STAGES, 'stages'), (v) => update('measures', i, { stage: v }))}
            <button type="button" className="button button-secondary" onClick={() => remove('measures', i)}>
              {t('safetyAnalyses.field.removeMeasure', { n: i + 1 })}
            </button>
          </FieldsetField>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setState((s) => ({ ...s, measures: [...s.measures, { measure: '', stage: 'proposed' }] }))}>
          {L('addMeasure')}
        </button>
      </FieldsetField>

      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
