import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { ForumDecisionInput } from '@/lib/api/types';

export interface ForumChoice {
  value: string;
  label: string;
}

interface Props {
  forums: ForumChoice[];
  onSubmit: (input: ForumDecisionInput, reset: () => void) => void;
  error: unknown;
  pending: boolean;
}

const empty = { date: '', forum: '', textSv: '', textEn: '', reference: '' };
const orNull = (v: string) => (v.trim() === '' ? null : v);

/** The coordinator's record of a forum decision; the API's field errors appear at each field. */
export function ForumDecisionForm({ forums, onSubmit, error, pending }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState(empty);
  const field = useFormFields(groupFieldErrors(error));
  const problem = isApiProblem(error) ? error : undefined;
  const set = (patch: Partial<typeof empty>) => setState((s) => ({ ...s, ...patch }));
  const L = (key: keyof typeof empty) => t(`governance.field.${key}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(
      {
        // required fields left empty are sent empty: the API answers which are missing
        date: state.date || (undefined as unknown as string),
        forum: state.forum,
        textSv: state.textSv,
        textEn: orNull(state.textEn),
        reference: orNull(state.reference),
      },
      () => setState(empty),
    );
  };

  return (
    <form className="measure-form" onSubmit={submit} noValidate aria-labelledby="forum-decision-form-heading">
      <h3 id="forum-decision-form-heading">{t('governance.form.heading')}</h3>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.status === 400 ? t('forms.invalid') : problem.title}</p>
          {problem.detail && problem.status !== 400 && <p>{problem.detail}</p>}
        </div>
      )}
      <div className="form-row">
        <FormField {...field('date')} label={L('date')} required>
          {(control) => <input {...control} type="date" value={state.date} onChange={(e) => set({ date: e.target.value })} />}
        </FormField>
        <FormField {...field('forum')} label={L('forum')} required>
          {(control) => (
            <select {...control} value={state.forum} onChange={(e) => set({ forum: e.target.value })}>
              <option value="">{t('forms.choose')}</option>
              {forums.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField {...field('reference')} label={L('reference')} optional>
          {(control) => (
            <input {...control} type="text" maxLength={64} value={state.reference} onChange={(e) => set({ reference: e.target.value })} />
          )}
        </FormField>
      </div>
      <FormField {...field('textSv')} label={L('textSv')} required>
        {(control) => <textarea {...control} rows={3} value={state.textSv} onChange={(e) => set({ textSv: e.target.value })} />}
      </FormField>
      <FormField {...field('textEn')} label={L('textEn')} optional>
        {(control) => <textarea {...control} rows={3} value={state.textEn} onChange={(e) => set({ textEn: e.target.value })} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {t('governance.form.submit')}
        </button>
      </div>
    </form>
  );
}
