import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ActionPlanInput } from '@/lib/api/types';
import { actionPlanKeys } from './query-keys';

export const createActionPlan = async (body: ActionPlanInput) => unwrap(await api.POST('/api/v1/action-plans', { body }));

/** Starts a draft plan on an adopted lägesbild; the list (which the lägesbild's page finds its plan in) is refetched. */
export const useCreateActionPlan = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActionPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionPlanKeys.list() }),
  });
};
