import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import { useAdoptSituationPicture } from '../api/adopt-situation-picture';

/** The coordinator records the decision that adopts a draft, after confirming: an adopted lägesbild is frozen. */
export function AdoptPanel({ id }: { id: number }) {
  const { t } = useTranslation();
  const adopt = useAdoptSituationPicture();
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
    <form onSubmit={submit} noValidate aria-labelledby="adopt-heading">
      <h2 id="adopt-heading">{t('situationPictures.adopt.heading')}</h2>
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
