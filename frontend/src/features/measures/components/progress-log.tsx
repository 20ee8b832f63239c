import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { FormField, useFormFields } from '@/components/form-field';
import type { Assessment, ProgressUpdate, ProgressUpdateInput } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { AssessmentLabel } from './assessment-label';
import { fieldErrors } from './field-errors';
import { ASSESSMENTS } from './vocabulary';

/** The progress updates of a measure, newest first. */
export function ProgressLog({ updates }: { updates: ProgressUpdate[] }) {
  const { t } = useTranslation();
  const { locale, number } = useLocalized();
  if (updates.length === 0) return <p>{t('measures.log.none')}</p>;
  return (
    <ol className="progress-log">
      {updates.map((update) => {
        const figures = (['participants', 'places', 'hours'] as const).filter(
          (key) => update[key] !== null && update[key] !== undefined,
        );
        return (
          <li key={update.id} className="progress-entry" data-testid="progress-update">
            <p className="progress-meta">
              <strong>{new Date(`${update.date}T00:00:00`).toLocaleDateString(locale)}</strong>{' '}
              <AssessmentLabel assessment={update.assessment} />
              {update.authorName && <span className="muted"> {t('measures.log.by', { name: update.authorName })}</span>}
            </p>
            <p>{update.text}</p>
            {figures.length > 0 && (
              <p className="muted">
                {t('measures.log.figures')}:{' '}
                {figures.map((key) => `${t(`measures.log.${key}`)} ${number(update[key] as number)}`).join(', ')}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

interface ProgressUpdateFormProps {
  onSubmit: (input: ProgressUpdateInput) => Promise<unknown>;
  error: unknown;
  pending: boolean;
}

/** Reports progress: date, assessment, text and output figures; errors shown at their field. */
export function ProgressUpdateForm({ onSubmit, error, pending }: ProgressUpdateFormProps) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const [date, setDate] = useState(today);
  const [assessment, setAssessment] = useState<Assessment>('green');
  const [text, setText] = useState('');
  const [figures, setFigures] = useState({ participants: '', places: '', hours: '' });
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(error);
  const field = useFormFields(errors);
  const toNumber = (value: string) => (value.trim() === '' ? null : Number(value));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await onSubmit({
        date,
        assessment,
        text,
        participants: toNumber(figures.participants),
        places: toNumber(figures.places),
        hours: toNumber(figures.hours),
      });
      setText('');
      setFigures({ participants: '', places: '', hours: '' });
      setSaved(true);
    } catch {
      // the error is shown from the mutation state
    }
  };

  return (
    <form className="progress-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('measures.log.add')}</h3>
      {error !== null && error !== undefined && Object.keys(errors).length === 0 && <ErrorAlert error={error} />}
      <div className="form-row">
        <FormField {...field('date')} label={t('measures.log.date')} alert>
          {(control) => <input {...control} type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} />}
        </FormField>
        <FormField {...field('assessment')} label={t('measures.log.assessment')} alert>
          {(control) => (
            <select {...control} value={assessment} onChange={(e) => setAssessment(e.target.value as Assessment)}>
              {ASSESSMENTS.map((value) => (
                <option key={value} value={value}>
                  {t(`measures.assessment.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField {...field('text')} label={t('measures.log.text')} alert>
        {(control) => <textarea {...control} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <div className="form-row">
        {(['participants', 'places', 'hours'] as const).map((key) => (
          <FormField key={key} {...field(key)} label={t(`measures.log.${key}`)} alert>
            {(control) => (
              <input {...control} type="number" min={0} inputMode="numeric" value={figures[key]}
                onChange={(e) => setFigures({ ...figures, [key]: e.target.value })} />
            )}
          </FormField>
        ))}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t('measures.log.submit')}
      </button>
      {saved && (
        <p role="status" className="muted">
          {t('measures.log.saved')}
        </p>
      )}
    </form>
  );
}
