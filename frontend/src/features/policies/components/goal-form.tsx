import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { Goal, PolicyGoalInput } from '@/lib/api/types';

interface GoalFormProps {
  /** The goal to change; absent for a new one, which gets `nextNumber`. */
  goal?: Goal;
  nextNumber: number;
  pending: boolean;
  error: unknown;
  onSubmit: (input: PolicyGoalInput) => void;
  onCancel?: () => void;
}

const list = (raw: string) =>
  raw
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A draft's goal: number, titles and descriptions in Swedish and English, Agenda 2030 goals and targets. */
export function GoalForm({ goal, nextNumber, pending, error, onSubmit, onCancel }: GoalFormProps) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(String(goal?.number ?? nextNumber));
  const [titleSv, setTitleSv] = useState(goal?.title.sv ?? '');
  const [titleEn, setTitleEn] = useState(goal?.title.en ?? '');
  const [descriptionSv, setDescriptionSv] = useState(goal?.description.sv ?? '');
  const [descriptionEn, setDescriptionEn] = useState(goal?.description.en ?? '');
  const [sdgs, setSdgs] = useState((goal?.sdgs ?? []).join(', '));
  const [targets, setTargets] = useState((goal?.targets ?? []).join(', '));
  // `sdgs[0]` and `targets[0]` are shown at their field
  const errors = groupFieldErrors(error, (f) => f.replace(/^(sdgs|targets)\[\d+\]$/, '$1'));
  const field = useFormFields(errors);
  const problem = isApiProblem(error) ? error : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      number: Number(number),
      title: { sv: titleSv, en: titleEn },
      description: { sv: descriptionSv, en: descriptionEn },
      sdgs: list(sdgs).map(Number),
      targets: list(targets),
    });
  };
  const headingId = `goal-form-${goal?.id ?? 'new'}`;
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{goal ? t('policies.goal.editHeading', { number: goal.number }) : t('policies.goal.addHeading')}</h3>
      <FormField {...field('number')} label={t('policies.goal.number')} required alert>
        {(control) => <input {...control} inputMode="numeric" value={number} onChange={(e) => setNumber(e.target.value)} />}
      </FormField>
      <FormField {...field('title.sv')} label={t('policies.goal.titleSv')} required alert>
        {(control) => <input {...control} lang="sv" value={titleSv} onChange={(e) => setTitleSv(e.target.value)} />}
      </FormField>
      <FormField {...field('title.en')} label={t('policies.goal.titleEn')} required alert>
        {(control) => <input {...control} lang="en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />}
      </FormField>
      <FormField {...field('description.sv')} label={t('policies.goal.descriptionSv')} required alert>
        {(control) => (
          <textarea {...control} lang="sv" rows={3} value={descriptionSv} onChange={(e) => setDescriptionSv(e.target.value)} />
        )}
      </FormField>
      <FormField {...field('description.en')} label={t('policies.goal.descriptionEn')} required alert>
        {(control) => (
          <textarea {...control} lang="en" rows={3} value={descriptionEn} onChange={(e) => setDescriptionEn(e.target.value)} />
        )}
      </FormField>
      <FormField {...field('sdgs')} label={t('policies.goal.sdgs')} hint={t('policies.goal.sdgsHint')} optional alert>
        {(control) => <input {...control} value={sdgs} onChange={(e) => setSdgs(e.target.value)} />}
      </FormField>
      <FormField {...field('targets')} label={t('policies.goal.targets')} hint={t('policies.goal.targetsHint')} optional alert>
        {(control) => <input {...control} value={targets} onChange={(e) => setTargets(e.target.value)} />}
      </FormField>
      {problem && problem.errors.length === 0 && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.detail ?? problem.title}</p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {goal ? t('policies.goal.save') : t('policies.goal.add')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('policies.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
