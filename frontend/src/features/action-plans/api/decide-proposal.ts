import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { actionPlanKeys } from './query-keys';

export type ProposalDecision = 'acceptance' | 'rejection';

/** The coordinator accepts an editor's proposed action (it becomes the plan's) or rejects it (it is removed). */
export const decideProposal = async ({ id, actionId, decision }: { id: number; actionId: number; decision: ProposalDecision }) =>
  unwrap(
    decision === 'acceptance'
      ? await api.POST('/api/v1/action-plans/{id}/proposals/{actionId}/acceptance', { params: { path: { id, actionId } } })
      : await api.POST('/api/v1/action-plans/{id}/proposals/{actionId}/rejection', { params: { path: { id, actionId } } }),
  );

/** Decides a proposal; the plan and its gaps are refetched. */
export const useDecideProposal = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideProposal,
    onSuccess: (_data, { id }) => queryClient.invalidateQueries({ queryKey: actionPlanKeys.detail(id) }),
  });
};
