import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { FormField, useFormFields } from '@/components/form-field';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { Policy, PolicyAdoptionInput } from '@/lib/api/types';

interface AdoptionPanelProps {
  policy: Policy;
  pending: boolean;
  error: unknown;
  onAdopt: (input: PolicyAdoptionInput) => void;
}

/**
 * Adoption: the decision (body, date, paragraph, diary number) and the day the policy takes
 * effect, then a confirmation, since an adopted policy and its goals can no longer change.
 */
export function AdoptionPanel({ policy, pending, error, onAdopt }: AdoptionPanelProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(policy.adoptedBy);
  const [date, setDate] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [diaryNumber, setDiaryNumber] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(`${policy.validFrom}-01-01`);
  const [confirming, setConfirming] = useState(false);
  const errors = groupFieldErrors(error);
  const field = useFormFields(errors);

  const start = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };
  const adopt = () => {
    setConfirming(false);
    onAdopt({
      decision: { body, date, paragraph: paragraph || null, diaryNumber: diaryNumber || null },
      effectiveFrom,
    });
  };

  return (
    <section className="section" aria-labelledby="adoption-heading">
      <h2 id="adoption-heading">{t('policies.adoption.heading')}</h2>
      <p>{t('policies.adoption.body')}</p>
      <form className="form" onSubmit={start} noValidate aria-labelledby="adoption-heading">
        <FormField {...field('decision.body')} label={t('policies.adoption.decisionBody')} required alert>
          {(control) => <input {...control} value={body} onChange={(e) => setBody(e.target.value)} />}
        </FormField>
        <FormField {...field('decision.date')} label={t('policies.adoption.decisionDate')} required alert>
          {(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </FormField>
        <FormField {...field('decision.paragraph')} label={t('policies.adoption.paragraph')} optional alert>
          {(control) => <input {...control} value={paragraph} onChange={(e) => setParagraph(e.target.value)} />}
        </FormField>
        <FormField {...field('decision.diaryNumber')} label={t('policies.adoption.diaryNumber')} optional alert>
          {(control) => <input {...control} value={diaryNumber} onChange={(e) => setDiaryNumber(e.target.value)} />}
        </FormField>
        <FormField {...field('effectiveFrom')} label={t('policies.adoption.effectiveFrom')}
          hint={t('policies.adoption.effectiveFromHint')} required alert>
          {(control) => (
            <input {...control} type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
          )}
        </FormField>
        {!confirming && (
          <div className="form-actions">
            <button type="submit" className="button" disabled={pending}>
              {t('policies.adoption.start')}
            </button>
          </div>
        )}
      </form>
      {confirming && (
        <div role="group" aria-label={t('policies.adoption.confirmLabel')} className="form-actions">
          <p>{t('policies.adoption.confirm', { date: effectiveFrom })}</p>
          <button type="button" className="button" disabled={pending} onClick={adopt}>
            {t('policies.adoption.yes')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
            {t('policies.cancel')}
          </button>
        </div>
      )}
      {error != null && <ErrorAlert error={error} title={t('policies.adoption.failed')} />}
    </section>
  );
}
