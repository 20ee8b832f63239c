import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import { useCreateActionPlan } from '../api/create-action-plan';

/** The coordinator starts a draft plan on an adopted lägesbild; its actions are added in the plan editor. */
export function NewPlanForm({ situationPicture }: { situationPicture: number }) {
  const { t } = useTranslation();
  const create = useCreateActionPlan();
  const [title, setTitle] = useState('');
  const problem = isApiProblem(create.error) ? create.error : undefined;
  const errors = groupFieldErrors(create.error);
  const field = useFormFields(errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ title: title.trim(), situationPicture, actions: [], consultations: [] });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-plan-heading">
      <h3 id="new-plan-heading">{t('actionPlans.create.heading')}</h3>
      <p>{t('actionPlans.create.body')}</p>
      <FormField {...field('title')} label={t('actionPlans.create.title')} alert>
        {(control) => <input {...control} name="planTitle" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      {problem && Object.keys(errors).length === 0 && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.detail ?? problem.title}</p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('actionPlans.create.submit')}
        </button>
      </div>
    </form>
  );
}
