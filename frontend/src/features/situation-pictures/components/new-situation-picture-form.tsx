import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import { useCreateSituationPicture } from '../api/create-situation-picture';

/** The coordinator starts a draft for a period of months; the API's errors are shown at their fields. */
export function NewSituationPictureForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSituationPicture();
  const year = new Date().getFullYear();
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState(`${year - 2}-01`);
  const [to, setTo] = useState(`${year - 1}-12`);
  const problem = isApiProblem(create.error) ? create.error : undefined;
  const errors = groupFieldErrors(create.error);
  const field = useFormFields(errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { title: title.trim(), from: from.trim(), to: to.trim() },
      { onSuccess: (picture) => void navigate(`/situation-pictures/${picture.id}`) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-situation-picture-heading">
      <h2 id="new-situation-picture-heading">{t('situationPictures.create.heading')}</h2>
      <p>{t('situationPictures.create.body')}</p>
      <FormField {...field('title')} label={t('situationPictures.create.title')} alert>
        {(control) => <input {...control} name="title" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <FormField {...field('from')} label={t('situationPictures.create.from')} hint={t('situationPictures.create.monthHint')} alert>
        {(control) => <input {...control} name="from" value={from} onChange={(e) => setFrom(e.target.value)} />}
      </FormField>
      <FormField {...field('to')} label={t('situationPictures.create.to')} hint={t('situationPictures.create.monthHint')} alert>
        {(control) => <input {...control} name="to" value={to} onChange={(e) => setTo(e.target.value)} />}
      </FormField>
      {problem && Object.keys(errors).length === 0 && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.detail ?? problem.title}</p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('situationPictures.create.submit')}
        </button>
      </div>
    </form>
  );
}
