import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/lib/api/api-problem';
import type { Agreement, AgreementInput } from '@/lib/api/types';
import { MeasurePicker, type PickedMeasure } from './measure-picker';
import { AGREEMENT_TYPES, COMMITMENT_STATUSES } from './vocabulary';

export interface Choice {
  value: string;
  label: string;
}

interface CommitmentRow {
  /** The commitment's id when it exists already: the API keeps it (and its follow-up). */
  id?: number;
  /** The measures that fulfil it; the API gets their ids. */
  measures: PickedMeasure[];
  text: string;
  responsibleOrganisation: string;
  status: string;
}
interface FormState {
  type: string;
  title: string;
  description: string;
  area: string;
  startDate: string;
  endDate: string;
  parties: string[];
  commitments: CommitmentRow[];
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

function toInput(s: FormState): AgreementInput {
  return {
    type: (s.type || undefined) as never,
    title: s.title,
    description: orNull(s.description),
    area: s.area,
    startDate: s.startDate || (undefined as unknown as string),
    endDate: orNull(s.endDate),
    parties: s.parties,
    commitments: s.commitments.map((c) => ({
      ...(c.id === undefined ? {} : { id: c.id }),
      text: c.text,
      responsibleOrganisation: c.responsibleOrganisation,
      status: (c.status || undefined) as never,
      measures: c.measures.map((m) => m.id),
    })),
  };
}

interface Props {
  /** The agreement to change; absent for a new one. */
  agreement?: Agreement;
  options: { areas: Choice[]; organisations: Choice[] };
  onSubmit: (input: AgreementInput) => void;
  onCancel: () => void;
  error: unknown;
  pending: boolean;
}

/** The coordinator's form for a new or changed agreement; the API's field errors appear at each field. */
export function AgreementForm({ agreement, options, onSubmit, onCancel, error, pending }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<FormState>(() =>
    agreement
      ? {
          type: agreement.type,
          title: agreement.title,
          description: agreement.description ?? '',
          area: agreement.area.code,
          startDate: agreement.startDate,
          endDate: agreement.endDate ?? '',
          parties: agreement.parties.map((p) => p.code),
          commitments: agreement.commitments.map((c) => ({
            id: c.id,
            measures: c.measures.map((m) => ({ id: m.id, title: m.title })),
            text: c.text,
            responsibleOrganisation: c.responsibleOrganisation.code,
            status: c.status,
          })),
        }
      : { type: 'citizenPromise', title: '', description: '', area: '1980', startDate: '', endDate: '', parties: [], commitments: [] },
  );
  const problem = isApiProblem(error) ? error : undefined;
  const errors: Record<string, string[]> = {};
  for (const e of problem?.errors ?? []) {
    const key = e.field.startsWith('parties[') ? 'parties' : e.field.replace(/^(commitments\[\d+\]\.measures)\[\d+\]$/, '$1');
    (errors[key] ??= []).push(e.message);
  }
  const fieldId = (name: string) => `${id}-${name.replace(/[[\].]/g, '-')}`;
  const errorText = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`${fieldId(name)}-error`} data-testid={`error-${name}`}>
        {errors[name].join('; ')}
      </p>
    ) : null;
  const invalid = (name: string) =>
    errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(name)}-error` } : {};
  const L = (key: string) => t(`agreements.field.${key}`);
  const set = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));

  const input = (name: string, label: string, value: string, onChange: (v: string) => void, type = 'text'): ReactNode => (
    <div className="field">
      <label htmlFor={fieldId(name)}>{label}</label>
      <input id={fieldId(name)} type={type} value={value} onChange={(e) => onChange(e.target.value)} {...invalid(name)} />
      {errorText(name)}
    </div>
  );
  const select = (name: string, label: string, value: string, choices: Choice[], onChange: (v: string) => void) => (
    <div className="field">
      <label htmlFor={fieldId(name)}>{label}</label>
      <select id={fieldId(name)} value={value} onChange={(e) => onChange(e.target.value)} {...invalid(name)}>
        <option value="">{t('forms.choose')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {errorText(name)}
    </div>
  );
  const updateCommitment = (index: number, patch: Partial<CommitmentRow>) =>
    setState((s) => ({ ...s, commitments: s.commitments.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(toInput(state));
  };

  return (
    <form className="measure-form" onSubmit={submit} noValidate>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.status === 400 ? t('forms.invalid') : problem.title}</p>
          {problem.detail && problem.status !== 400 && <p>{problem.detail}</p>}
        </div>
      )}
      {select('type', L('type'), state.type,
        AGREEMENT_TYPES.map((v) => ({ value: v, label: t(`agreements.types.${v}`) })), (v) => set({ type: v }))}
      {input('title', L('title'), state.title, (v) => set({ title: v }))}
      <div className="field">
        <label htmlFor={fieldId('description')}>{L('description')}</label>
        <textarea id={fieldId('description')} rows={3} value={state.description}
          onChange={(e) => set({ description: e.target.value })} {...invalid('description')} />
        {errorText('description')}
      </div>
      {select('area', L('area'), state.area, options.areas, (v) => set({ area: v }))}
      {input('startDate', L('startDate'), state.startDate, (v) => set({ startDate: v }), 'date')}
      {input('endDate', L('endDate'), state.endDate, (v) => set({ endDate: v }), 'date')}
      <fieldset className="checkbox-group" {...(errors.parties ? { 'aria-describedby': `${fieldId('parties')}-error` } : {})}>
        <legend>{L('parties')}</legend>
        <div className="checkbox-grid">
          {options.organisations.map((o) => {
            const boxId = `${fieldId('parties')}-${o.value}`;
            return (
              <div className="field-checkbox" key={o.value}>
                <input id={boxId} type="checkbox" checked={state.parties.includes(o.value)}
                  onChange={(e) =>
                    set({ parties: e.target.checked ? [...state.parties, o.value] : state.parties.filter((p) => p !== o.value) })
                  } />
                <label htmlFor={boxId}>{o.label}</label>
              </div>
            );
          })}
        </div>
        {errorText('parties')}
      </fieldset>
      <fieldset>
        <legend>{L('commitments')}</legend>
        {state.commitments.map((c, i) => (
          <fieldset key={i} className="row-group">
            <legend>{t('agreements.field.commitmentRow', { n: i + 1 })}</legend>
            {input(`commitments[${i}].text`, L('commitmentText'), c.text, (v) => updateCommitment(i, { text: v }))}
            {select(`commitments[${i}].responsibleOrganisation`, L('responsible'), c.responsibleOrganisation,
              options.organisations, (v) => updateCommitment(i, { responsibleOrganisation: v }))}
            {select(`commitments[${i}].status`, L('status'), c.status,
              COMMITMENT_STATUSES.map((v) => ({ value: v, label: t(`agreements.statuses.${v}`) })),
              (v) => updateCommitment(i, { status: v }))}
            <MeasurePicker n={i + 1} picked={c.measures} onChange={(measures) => updateCommitment(i, { measures })}
              errorId={errors[`commitments[${i}].measures`] ? `${fieldId(`commitments[${i}].measures`)}-error` : undefined} />
            {errorText(`commitments[${i}].measures`)}
            <button type="button" className="button button-secondary"
              onClick={() => setState((s) => ({ ...s, commitments: s.commitments.filter((_, j) => j !== i) }))}>
              {t('agreements.field.removeCommitment', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setState((s) => ({
            ...s,
            commitments: [...s.commitments, { measures: [], text: '', responsibleOrganisation: '', status: 'notStarted' }],
          }))}>
          {L('addCommitment')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {L('save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
