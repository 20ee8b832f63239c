import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { Adoption } from '../api/adopt-situation-picture';

/** The adoption of a lägesbild or a plan: both take the same decision record. */
export interface AdoptMutation {
  mutate: (args: { id: number; adoption: Adoption }, options: { onSettled: () => void }) => void;
  isPending: boolean;
  error: unknown;
}

/**
 * The coordinator records the decision that adopts a draft lägesbild or action plan, after
 * confirming: an adopted one is frozen. Both take the same decision record.
 */
export function AdoptPanel({ id, adopt, kind = 'situationPicture' }: {
  id: number;
  adopt: AdoptMutation;
  kind?: 'situationPicture' | 'actionPlan';
}) {
  const { t: translate } = useTranslation();
  const prefix = kind === 'actionPlan' ? 'actionPlans' : 'situationPictures';
  const headingId = kind === 'actionPlan' ? 'adopt-plan-heading' : 'adopt-heading';
  // the texts differ by document, the keys do not
  const t = (key: string) => translate(key.replace(/^situationPictures\./, `${prefix}.`));
  const [body, setBody] = useState('Kommunstyrelsen');
  const [date, setDate] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [diaryNumber, setDiaryNumber] = useState('');
  const [confirming, setConfirming] = useState(false);
  const problem = isApiProblem(adopt.error) ? adopt.error : undefined;
  const errors = groupFieldErrors(adopt.error);
  const field = useFormFields(errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    adopt.mutate(
      {
        id,
        adoption: {
          decision: { body: body.trim(), date, paragraph: paragraph.trim() || null, diaryNumber: diaryNumber.trim() || null },
        },
      },
      { onSettled: () => setConfirming(false) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{t('situationPictures.adopt.heading')}</h2>
      <p>{t('situationPictures.adopt.body')}</p>
      <FormField {...field('decision.body')} label={t('situationPictures.adopt.decisionBody')} alert>
        {(control) => <input {...control} name="decisionBody" value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      <FormField {...field('decision.date')} label={t('situationPictures.adopt.date')} alert>
        {(control) => <input {...control} type="date" name="decisionDate" value={date} onChange={(e) => setDate(e.target.value)} />}
      </FormField>
      <FormField {...field('decision.paragraph')} label={t('situationPictures.adopt.paragraph')}>
        {(control) => <input {...control} name="paragraph" value={paragraph} onChange={(e) => setParagraph(e.target.value)} />}
      </FormField>
      <FormField {...field('decision.diaryNumber')} label={t('situationPictures.adopt.diaryNumber')}>
        {(control) => <input {...control} name="diaryNumber" value={diaryNumber} onChange={(e) => setDiaryNumber(e.target.value)} />}
      </FormField>
      {problem && Object.keys(errors).length === 0 && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.detail ?? problem.title}</p>
        </div>
      )}
      {confirming && (
        <p className="alert alert-warning" role="status">
          {t('situationPictures.adopt.confirm')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={adopt.isPending}>
          {confirming ? t('situationPictures.adopt.yes') : t('situationPictures.adopt.start')}
        </button>
        {confirming && (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
            {t('situationPictures.adopt.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
