import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { actionPlanKeys } from './query-keys';

export const newActionPlanVersion = async (id: number) =>
  unwrap(await api.POST('/api/v1/action-plans/{id}/versions', { params: { path: { id } } }));

/** Starts a new draft version of an adopted plan, which stays in force until the new one is adopted. */
export const useNewActionPlanVersion = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: newActionPlanVersion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionPlanKeys.all }),
  });
};
