import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { actionPlanKeys } from './query-keys';

type Adoption = operations['adoptActionPlan']['requestBody']['content']['application/json'];

export const adoptActionPlan = async ({ id, adoption }: { id: number; adoption: Adoption }) =>
  unwrap(await api.POST('/api/v1/action-plans/{id}/adoption', { params: { path: { id } }, body: adoption }));

/** Adopts (freezes) a draft plan by the decision; the plan, its gaps and the list are refetched. */
export const useAdoptActionPlan = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adoptActionPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionPlanKeys.all }),
  });
};
