import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { Picker, type PickOption } from '@/components/picker';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { ActionPlan, OrganisationSummary, SituationPicture } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useProposeAction } from '../api/propose-action';
import { actionInput, emptyAction, proposalField, type ActionRow } from './plan-state';
import { ResultSelect } from './result-select';

/** What a proposal may name: the measures of the editor's own organisation, and the result figures. */
export interface ProposalOptions {
  measures: PickOption[];
  indicators: PickOption[];
  crimeCategories: PickOption[];
}

/**
 * An editor proposes one action on a draft plan with their own organisation responsible: the
 * lägesbild's problems it answers, their organisation's measures, a time frame and a result
 * figure. It waits, marked as a proposal, until the coordinator accepts or rejects it.
 */
export function ProposalForm({ plan, picture, organisation, options, onSent, onCancel }: {
  plan: ActionPlan;
  picture: SituationPicture;
  organisation: OrganisationSummary;
  options: ProposalOptions;
  /** After the proposal is stored, with its title. */
  onSent: (title: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const propose = useProposeAction();
  const [row, setRow] = useState<ActionRow>(() => ({ ...emptyAction(), organisations: [organisation.code] }));
  const problem = isApiProblem(propose.error) ? propose.error : undefined;
  const field = useFormFields(groupFieldErrors(propose.error, proposalField));
  const L = (key: string, values?: Record<string, unknown>) => t(`actionPlans.proposal.form.${key}`, values);
  const E = (key: string) => t(`actionPlans.editor.${key}`);
  const set = (patch: Partial<ActionRow>) => setRow((r) => ({ ...r, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = actionInput(row);
    propose.mutate({ id: plan.id, input }, { onSuccess: () => onSent(input.title) });
  };

  const input = (name: keyof ActionRow, label: string, type = 'text', required = false) => (
    <FormField {...field(name)} label={label} required={required}>
      {(control) => <input {...control} type={type} value={row[name] as string} onChange={(e) => set({ [name]: e.target.value })} />}
    </FormField>
  );

  return (
    <form className="measure-form" onSubmit={submit} noValidate aria-labelledby="proposal-heading">
      <h3 id="proposal-heading">{L('heading')}</h3>
      <p>{L('body')}</p>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.status === 400 ? t('forms.invalid') : problem.title}</p>
          {problem.detail && problem.status !== 400 && <p>{problem.detail}</p>}
        </div>
      )}
      {input('title', E('actionTitle'), 'text', true)}
      <FormField {...field('description')} label={E('description')}>
        {(control) => <textarea {...control} rows={3} value={row.description} onChange={(e) => set({ description: e.target.value })} />}
      </FormField>
      <Picker field={field('problems')} legend={E('problems')} options={picture.problems.map((p) => ({ value: String(p.id), label: p.title }))}
        picked={row.problems} onChange={(v) => set({ problems: v })} />
      <dl className="facts">
        <dt>{L('organisation')}</dt>
        <dd data-testid="proposal-organisation">{text(organisation.name)}</dd>
      </dl>
      {field('organisations').errors && (
        <p className="field-error" data-testid="error-organisations">{field('organisations').errors?.join('; ')}</p>
      )}
      <Picker field={field('measures')} legend={L('measures')} options={options.measures}
        picked={row.measures} onChange={(v) => set({ measures: v })} />
      <div className="form-row">
        {input('from', E('from'), 'date')}
        {input('to', E('to'), 'date')}
      </div>
      <ResultSelect field={field('result')} value={row.result} onChange={(v) => set({ result: v })}
        indicators={options.indicators} crimeCategories={options.crimeCategories} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={propose.isPending}>
          {L('send')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
