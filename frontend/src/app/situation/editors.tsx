import { Loading } from '@/components/loading';
import { PlanEditor } from '@/features/action-plans/components/plan-editor';
import { ProposalForm } from '@/features/action-plans/components/proposal-form';
import { PictureEditor } from '@/features/situation-pictures/components/picture-editor';
import type { ActionPlan, OrganisationSummary, SituationPicture } from '@/lib/api/types';
import { useEvidenceOptions, usePlanOptions, useProposalOptions } from './use-situation-options';

/** The lägesbild editor with the lists its evidence picker offers: fetched only once the coordinator edits. */
export function PictureEditorWithOptions({ picture, onDone }: { picture: SituationPicture; onDone: () => void }) {
  const { options, error } = useEvidenceOptions();
  return <PictureEditor picture={picture} options={options} optionsError={error} onDone={onDone} />;
}

/** The plan editor with the organisations, measures and result figures it offers. */
export function PlanEditorWithOptions(props: { plan: ActionPlan; picture: SituationPicture; onDone: () => void }) {
  const options = usePlanOptions();
  return options ? <PlanEditor {...props} options={options} /> : <Loading />;
}

/** An editor's proposal form with their organisation's measures and the result figures it offers. */
export function ProposalFormWithOptions(props: {
  plan: ActionPlan;
  picture: SituationPicture;
  organisation: OrganisationSummary;
  onSent: (title: string) => void;
  onCancel: () => void;
}) {
  const options = useProposalOptions(props.organisation.code);
  return options ? <ProposalForm {...props} options={options} /> : <Loading />;
}
