import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ActionInput } from '@/lib/api/types';
import { showSavedPlan } from './query-keys';

/** An editor proposes an action for their own organisation on a draft plan; it waits for the coordinator. */
export const proposeAction = async ({ id, input }: { id: number; input: ActionInput }) =>
  unwrap(await api.POST('/api/v1/action-plans/{id}/proposals', { params: { path: { id } }, body: input }));

/** Sends a proposal; the plan answered is shown at once, and the plans and gaps are refetched. */
export const useProposeAction = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeAction,
    onSuccess: showSavedPlan(queryClient),
  });
};
