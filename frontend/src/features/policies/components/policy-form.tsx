import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { Policy, PolicyInput } from '@/lib/api/types';

interface PolicyFormProps {
  /** The draft to change; absent for a new one. */
  policy?: Policy;
  heading: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: PolicyInput) => void;
}

/** A policy draft's title (sv, en), period and adopting body; the API's errors at their fields. */
export function PolicyForm({ policy, heading, submitLabel, pending, error, onSubmit }: PolicyFormProps) {
  const { t } = useTranslation();
  const next = new Date().getFullYear() + 1;
  const [titleSv, setTitleSv] = useState(policy?.title.sv ?? '');
  const [titleEn, setTitleEn] = useState(policy?.title.en ?? '');
  const [validFrom, setValidFrom] = useState(String(policy?.validFrom ?? next));
  const [validTo, setValidTo] = useState(String(policy?.validTo ?? next + 4));
  const [adoptedBy, setAdoptedBy] = useState(policy?.adoptedBy ?? 'Kommunfullmäktige');
  const errors = groupFieldErrors(error);
  const field = useFormFields(errors);
  const problem = isApiProblem(error) ? error : undefined;
  const named = ['title.sv', 'title.en', 'title', 'validFrom', 'validTo', 'adoptedBy'];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      title: { sv: titleSv, en: titleEn },
      validFrom: Number(validFrom),
      validTo: Number(validTo),
      adoptedBy,
    });
  };
  const headingId = `policy-form-${policy?.id ?? 'new'}`;
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <FormField {...field('title.sv')} label={t('policies.form.titleSv')} required alert>
        {(control) => <input {...control} lang="sv" value={titleSv} onChange={(e) => setTitleSv(e.target.value)} />}
      </FormField>
      <FormField {...field('title.en')} label={t('policies.form.titleEn')} required alert>
        {(control) => <input {...control} lang="en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />}
      </FormField>
      <FormField {...field('validFrom')} label={t('policies.form.validFrom')} required alert>
        {(control) => (
          <input {...control} inputMode="numeric" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        )}
      </FormField>
      <FormField {...field('validTo')} label={t('policies.form.validTo')} required alert>
        {(control) => (
          <input {...control} inputMode="numeric" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
        )}
      </FormField>
      <FormField {...field('adoptedBy')} label={t('policies.form.adoptedBy')} required alert>
        {(control) => <input {...control} value={adoptedBy} onChange={(e) => setAdoptedBy(e.target.value)} />}
      </FormField>
      {problem && !problem.errors.some((e) => named.includes(e.field)) && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.detail ?? problem.title}</p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
