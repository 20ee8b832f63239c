import { Loading } from '@/components/loading';
import { PlanEditor } from '@/features/action-plans/components/plan-editor';
import { PictureEditor } from '@/features/situation-pictures/components/picture-editor';
import type { ActionPlan, SituationPicture } from '@/lib/api/types';
import { useEvidenceOptions, usePlanOptions } from './use-situation-options';

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
