import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsetField, FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import type { Measure, MeasureInput, MeasureStatus, PreventionLevel, PreventionType } from '@/lib/api/types';
import { fieldErrors } from './field-errors';
import {
  baseField,
  CRIME_TRIANGLE,
  KNOWLEDGE_LEVELS,
  PREVENTION_LEVELS,
  PREVENTION_TYPES,
  STATUSES,
  TARGET_GROUPS,
  type Choice,
} from './vocabulary';

export interface MeasureFormOptions {
  organisations: Choice[];
  goals: Choice[];
  indicators: Choice[];
  districts: Choice[];
  riskFactors: Choice[];
  protectiveFactors: Choice[];
  /** The forum decisions the measure may cite (none for a reader who may not read them). */
  forumDecisions?: Choice[];
}

interface MeasureFormProps {
  /** The measure to change; absent for a new one. */
  measure?: Measure;
  options: MeasureFormOptions;
  /** Coordinators choose the responsible organisation; editors register for their own. */
  chooseOrganisation: boolean;
  ownOrganisationName?: string;
  submitLabel: string;
  onSubmit: (input: MeasureInput) => void;
  onCancel: () => void;
  error: unknown;
  pending: boolean;
  /** Shown for a 412: reloads the measure. */
  onReload?: () => void;
}

interface FormState {
  title: string;
  description: string;
  responsibleOrganisation: string;
  partnerOrganisations: string[];
  goals: string[];
  indicators: string[];
  districts: string[];
  targetGroups: string[];
  preventionType: string;
  preventionLevel: string;
  riskFactors: string[];
  protectiveFactors: string[];
  crimeTriangle: string[];
  forumDecisions: string[];
  knowledgeBasis: string;
  knowledgeLevel: string;
  status: string;
  startDate: string;
  endDate: string;
  budget: string;
  published: boolean;
}

const initialState = (m?: Measure): FormState => ({
  title: m?.title ?? '',
  description: m?.description ?? '',
  responsibleOrganisation: m?.responsibleOrganisation.code ?? '',
  partnerOrganisations: m?.partnerOrganisations.map((o) => o.code) ?? [],
  goals: m?.goals.map((g) => String(g.id)) ?? [],
  indicators: m?.indicators.map((i) => i.code) ?? [],
  districts: m?.districts.map((d) => d.code) ?? [],
  targetGroups: m?.targetGroups ?? [],
  preventionType: m?.preventionType ?? '',
  preventionLevel: m?.preventionLevel ?? '',
  riskFactors: m?.riskFactors.map((f) => f.code) ?? [],
  protectiveFactors: m?.protectiveFactors.map((f) => f.code) ?? [],
  crimeTriangle: m?.crimeTriangle ?? [],
  forumDecisions: m?.forumDecisions.map((d) => String(d.id)) ?? [],
  knowledgeBasis: m?.knowledgeBasis ?? '',
  knowledgeLevel: m?.knowledgeLevel ?? '',
  status: m?.status ?? 'planned',
  startDate: m?.startDate ?? '',
  endDate: m?.endDate ?? '',
  budget: m?.budget === null || m?.budget === undefined ? '' : String(m.budget),
  published: m?.published ?? false,
});

const orNull = (value: string) => (value.trim() === '' ? null : value);

/** The input the API takes; empty optional fields are sent as null so the API judges them. */
function toInput(state: FormState, chooseOrganisation: boolean): MeasureInput {
  return {
    title: state.title,
    description: orNull(state.description),
    responsibleOrganisation: chooseOrganisation ? orNull(state.responsibleOrganisation) : null,
    partnerOrganisations: state.partnerOrganisations,
    goals: state.goals.map(Number),
    indicators: state.indicators,
    districts: state.districts,
    targetGroups: state.targetGroups as MeasureInput['targetGroups'],
    // Required fields left empty are sent empty: the API answers which are missing, field by field.
    preventionType: (state.preventionType || undefined) as PreventionType,
    preventionLevel: (state.preventionLevel || undefined) as PreventionLevel,
    riskFactors: state.riskFactors,
    protectiveFactors: state.protectiveFactors,
    crimeTriangle: state.crimeTriangle as MeasureInput['crimeTriangle'],
    forumDecisions: state.forumDecisions.map(Number),
    knowledgeBasis: orNull(state.knowledgeBasis),
    knowledgeLevel: (orNull(state.knowledgeLevel) as MeasureInput['knowledgeLevel']) ?? null,
    status: (state.status || undefined) as MeasureStatus,
    startDate: state.startDate || (undefined as unknown as string),
    endDate: orNull(state.endDate),
    budget: state.budget.trim() === '' ? null : Number(state.budget),
    published: state.published,
  };
}

/** Create and edit form of a measure; the API's field errors are shown at each field. */
export function MeasureForm(props: MeasureFormProps) {
  const { measure, options, chooseOrganisation, ownOrganisationName, submitLabel, onSubmit, onCancel, error, pending, onReload } =
    props;
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => initialState(measure));
  const field = useFormFields(fieldErrors(error));
  const problem = isApiProblem(error) ? error : undefined;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(toInput(state, chooseOrganisation));
  };

  const L = (name: keyof FormState) => t(`measures.field.${name}`);

  const select = (name: keyof FormState, choices: Choice[], required = false, allowNone = true): ReactNode => (
    <FormField {...field(name)} label={L(name)} required={required}>
      {(control) => (
        <select {...control} value={state[name] as string} onChange={(e) => set(name, e.target.value as never)}>
          {allowNone && <option value="">{t('measures.field.choose')}</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  const checkboxes = (name: keyof FormState, choices: Choice[]): ReactNode => {
    const selected = state[name] as string[];
    return (
      <FieldsetField {...field(name)} legend={L(name)} className="checkbox-group">
        <div className="checkbox-grid">
          {choices.map((choice) => (
            <FormField key={choice.value} label={choice.label} inline>
              {(control) => (
                <input {...control} type="checkbox" checked={selected.includes(choice.value)}
                  onChange={(e) =>
                    set(name, (e.target.checked ? [...selected, choice.value] : selected.filter((v) => v !== choice.value)) as never)
                  } />
              )}
            </FormField>
          ))}
        </div>
      </FieldsetField>
    );
  };

  const enumChoices = (values: readonly string[], prefix: string): Choice[] =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <form className="measure-form" onSubmit={submit} noValidate>
      {problem && (
        <div className="alert alert-error" role="alert">
          {problem.status === 412 ? (
            <>
              <p className="alert-title">{t('measures.form.stale')}</p>
              {onReload && (
                <button type="button" className="button" onClick={onReload}>
                  {t('measures.form.reload')}
                </button>
              )}
            </>
          ) : problem.status === 403 ? (
            <p className="alert-title">{t('measures.form.forbidden')}</p>
          ) : problem.errors.length > 0 ? (
            <>
              <p className="alert-title">{t('measures.form.errorsTitle')}</p>
              <ul>
                {problem.errors.map((fieldError) => (
                  <li key={`${fieldError.field}:${fieldError.message}`}>
                    <a href={`#${field(baseField(fieldError.field)).id}`}>
                      {t(`measures.field.${baseField(fieldError.field)}`, { defaultValue: fieldError.field })}
                    </a>
                    : {fieldError.message}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="alert-title">{t('measures.form.otherError', { message: problem.detail ?? problem.title })}</p>
          )}
        </div>
      )}

      <FormField {...field('title')} label={L('title')} required>
        {(control) => (
          <input {...control} type="text" value={state.title} maxLength={300} onChange={(e) => set('title', e.target.value)} />
        )}
      </FormField>
      <FormField {...field('description')} label={L('description')}>
        {(control) => (
          <textarea {...control} rows={4} value={state.description} onChange={(e) => set('description', e.target.value)} />
        )}
      </FormField>
      {chooseOrganisation ? (
        select('responsibleOrganisation', options.organisations)
      ) : (
        ownOrganisationName && <p className="muted">{t('measures.form.ownOrganisation', { name: ownOrganisationName })}</p>
      )}
      <div className="form-row">
        {select('status', enumChoices(STATUSES, 'measures.status'), true, false)}
        {select('preventionType', enumChoices(PREVENTION_TYPES, 'measures.preventionType'), true)}
        {select('preventionLevel', enumChoices(PREVENTION_LEVELS, 'measures.preventionLevel'), true)}
      </div>
      <div className="form-row">
        <FormField {...field('startDate')} label={L('startDate')} required>
          {(control) => (
            <input {...control} type="date" value={state.startDate} onChange={(e) => set('startDate', e.target.value)} />
          )}
        </FormField>
        <FormField {...field('endDate')} label={L('endDate')}>
          {(control) => <input {...control} type="date" value={state.endDate} onChange={(e) => set('endDate', e.target.value)} />}
        </FormField>
        <FormField {...field('budget')} label={L('budget')}>
          {(control) => (
            <input {...control} type="number" min={0} inputMode="numeric" value={state.budget}
              onChange={(e) => set('budget', e.target.value)} />
          )}
        </FormField>
      </div>
      {checkboxes('targetGroups', enumChoices(TARGET_GROUPS, 'measures.targetGroup'))}
      {checkboxes('goals', options.goals)}
      {checkboxes('indicators', options.indicators)}
      {checkboxes('districts', options.districts)}
      {checkboxes('partnerOrganisations', options.organisations)}
      {checkboxes('riskFactors', options.riskFactors)}
      {checkboxes('protectiveFactors', options.protectiveFactors)}
      {checkboxes('crimeTriangle', enumChoices(CRIME_TRIANGLE, 'measures.crimeTriangle'))}
      {options.forumDecisions && options.forumDecisions.length > 0 && checkboxes('forumDecisions', options.forumDecisions)}
      {select('knowledgeLevel', enumChoices(KNOWLEDGE_LEVELS, 'measures.knowledgeLevel'))}
      <FormField {...field('knowledgeBasis')} label={L('knowledgeBasis')}>
        {(control) => (
          <textarea {...control} rows={3} value={state.knowledgeBasis} onChange={(e) => set('knowledgeBasis', e.target.value)} />
        )}
      </FormField>
      <FormField {...field('published')} label={L('published')} inline>
        {(control) => (
          <input {...control} type="checkbox" checked={state.published} onChange={(e) => set('published', e.target.checked)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('measures.form.saving') : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('measures.form.cancel')}
        </button>
      </div>
    </form>
  );
}
