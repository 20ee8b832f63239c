import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiProblem } from '@/lib/api/api-problem';
import { useCreateReport } from '../api/create-report';

/** The coordinator starts a draft for a half-year; the API's error is shown at the field. */
export function NewReportForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReport();
  const [period, setPeriod] = useState(defaultPeriod());
  const problem = isApiProblem(create.error) ? create.error : undefined;
  const periodErrors = problem?.errors.filter((e) => e.field === 'period').map((e) => e.message) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(period.trim(), { onSuccess: (report) => void navigate(`/reports/${report.id}`) });
  };

  return (
    <form className="report-new" onSubmit={submit} noValidate aria-labelledby="new-report-heading">
      <h2 id="new-report-heading">{t('reports.create.heading')}</h2>
      <div className="field">
        <label htmlFor="report-period">{t('reports.create.period')}</label>
        <input id="report-period" name="period" value={period} onChange={(e) => setPeriod(e.target.value)}
          aria-describedby={`report-period-hint${periodErrors.length ? ' report-period-error' : ''}`}
          aria-invalid={periodErrors.length > 0 || undefined} />
        <p className="muted" id="report-period-hint">{t('reports.create.hint')}</p>
        {periodErrors.length > 0 && (
          <p className="field-error" id="report-period-error" data-testid="error-period">
            {periodErrors.join(' ')}
          </p>
        )}
      </div>
      {problem && periodErrors.length === 0 && (
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
