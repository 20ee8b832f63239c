import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsetField, FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
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
  forumDecisions: string[];
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

/** An error about one party belongs to the parties; one about a commitment's linked measure to its picker. */
const formField = (field: string) =>
  field.startsWith('parties[') ? 'parties' : field.startsWith('forumDecisions[') ? 'forumDecisions' : field.replace(/^(commitments\[\d+\]\.measures)\[\d+\]$/, '$1');

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
    forumDecisions: s.forumDecisions.map(Number),
  };
}

interface Props {
  /** The agreement to change; absent for a new one. */
  agreement?: Agreement;
  /** `forumDecisions`: the decisions the agreement may cite. */
  options: { areas: Choice[]; organisations: Choice[]; forumDecisions?: Choice[] };
  onSubmit: (input: AgreementInput) => void;
  onCancel: () => void;
  error: unknown;
  pending: boolean;
}

/** The coordinator's form for a new or changed agreement; the API's field errors appear at each field. */
export function AgreementForm({ agreement, options, onSubmit, onCancel, error, pending }: Props) {
  const { t } = useTranslation();
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
          forumDecisions: agreement.forumDecisions.map((d) => String(d.id)),
        }
      : {
          // the area defaults to the municipality, the first choice
          type: 'citizenPromise', title: '', description: '', area: options.areas[0]?.value ?? '',
          startDate: '', endDate: '', parties: [], commitments: [], forumDecisions: [],
        },
  );
  const problem = isApiProblem(error) ? error : undefined;
  const field = useFormFields(groupFieldErrors(error, formField));
  const L = (key: string) => t(`agreements.field.${key}`);
  const set = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));

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
  /** A group of checkboxes that picks codes or ids (`parties`, `forumDecisions`) from `choices`. */
  const checkboxes = (name: 'parties' | 'forumDecisions', choices: Choice[]) => (
    <FieldsetField {...field(name)} legend={L(name)} className="checkbox-group">
      <div className="checkbox-grid">
        {choices.map((c) => (
          <FormField key={c.value} label={c.label} inline>
            {(control) => (
              <input {...control} type="checkbox" checked={state[name].includes(c.value)}
                onChange={(e) =>
                  set({ [name]: e.target.checked ? [...state[name], c.value] : state[name].filter((v) => v !== c.value) })
                } />
            )}
          </FormField>
        ))}
      </div>
    </FieldsetField>
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
      <FormField {...field('description')} label={L('description')}>
        {(control) => (
          <textarea {...control} rows={3} value={state.description} onChange={(e) => set({ description: e.target.value })} />
        )}
      </FormField>
      {select('area', L('area'), state.area, options.areas, (v) => set({ area: v }))}
      {input('startDate', L('startDate'), state.startDate, (v) => set({ startDate: v }), 'date')}
      {input('endDate', L('endDate'), state.endDate, (v) => set({ endDate: v }), 'date')}
      {checkboxes('parties', options.organisations)}
      {options.forumDecisions && options.forumDecisions.length > 0 && checkboxes('forumDecisions', options.forumDecisions)}
      <FieldsetField {...field('commitments')} legend={L('commitments')}>
        {state.commitments.map((c, i) => (
          <FieldsetField key={i} {...field(`commitments[${i}]`)} legend={t('agreements.field.commitmentRow', { n: i + 1 })}
            className="row-group">
            {input(`commitments[${i}].text`, L('commitmentText'), c.text, (v) => updateCommitment(i, { text: v }))}
            {select(`commitments[${i}].responsibleOrganisation`, L('responsible'), c.responsibleOrganisation,
              options.organisations, (v) => updateCommitment(i, { responsibleOrganisation: v }))}
            {select(`commitments[${i}].status`, L('status'), c.status,
              COMMITMENT_STATUSES.map((v) => ({ value: v, label: t(`agreements.statuses.${v}`) })),
              (v) => updateCommitment(i, { status: v }))}
            <MeasurePicker {...field(`commitments[${i}].measures`)} n={i + 1} picked={c.measures}
              onChange={(measures) => updateCommitment(i, { measures })} />
            <button type="button" className="button button-secondary"
              onClick={() => setState((s) => ({ ...s, commitments: s.commitments.filter((_, j) => j !== i) }))}>
              {t('agreements.field.removeCommitment', { n: i + 1 })}
            </button>
          </FieldsetField>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => setState((s) => ({
            ...s,
            commitments: [...s.commitments, { measures: [], text: '', responsibleOrganisation: '', status: 'notStarted' }],
          }))}>
          {L('addCommitment')}
        </button>
      </FieldsetField>
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
