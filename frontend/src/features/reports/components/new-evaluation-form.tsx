import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import { useCreateEvaluation } from '../api/evaluation';
import '../evaluation-strings';

/** The coordinator starts the evaluation of an adopted policy's period; the API's error is shown at the field. */
export function NewEvaluationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvaluation();
  const [period, setPeriod] = useState('2020-2025');
  const problem = isApiProblem(create.error) ? create.error : undefined;
  const errors = groupFieldErrors(create.error);
  const field = useFormFields(errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(period.trim(), { onSuccess: (report) => void navigate(`/reports/${report.id}`) });
  };

  return (
    <form className="report-new" onSubmit={submit} noValidate aria-labelledby="new-evaluation-heading">
      <h2 id="new-evaluation-heading">{t('evaluation.create.heading')}</h2>
      <FormField {...field('period')} label={t('evaluation.create.period')} hint={t('evaluation.create.hint')} alert>
        {(control) => (
          <input {...control} name="evaluation-period" value={period} onChange={(e) => setPeriod(e.target.value)} />
        )}
      </FormField>
      {problem && !errors.period && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.detail ?? problem.title}</p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('evaluation.create.submit')}
        </button>
      </div>
    </form>
  );
}
