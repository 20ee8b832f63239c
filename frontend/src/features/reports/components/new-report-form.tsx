import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import { useCreateReport } from '../api/create-report';

/** The coordinator starts a draft for a half-year; the API's error is shown at the field. */
export function NewReportForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReport();
  const [period, setPeriod] = useState(defaultPeriod());
  const problem = isApiProblem(create.error) ? create.error : undefined;
  const errors = groupFieldErrors(create.error);
  const field = useFormFields(errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(period.trim(), { onSuccess: (report) => void navigate(`/reports/${report.id}`) });
  };

  return (
    <form className="report-new" onSubmit={submit} noValidate aria-labelledby="new-report-heading">
      <h2 id="new-report-heading">{t('reports.create.heading')}</h2>
      <FormField {...field('period')} label={t('reports.create.period')} hint={t('reports.create.hint')} alert>
        {(control) => <input {...control} name="period" value={period} onChange={(e) => setPeriod(e.target.value)} />}
      </FormField>
      {problem && !errors.period && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.detail ?? problem.title}</p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('reports.create.submit')}
        </button>
      </div>
    </form>
  );
}

/** The half-year that has just ended (the one a report is usually written for). */
function defaultPeriod(): string {
  const now = new Date();
  const year = now.getFullYear();
  return now.getMonth() < 6 ? `${year - 1}H2` : `${year}H1`;
}
