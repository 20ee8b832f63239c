import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PolicyGoalInput } from '@/lib/api/types';
import { invalidatePolicy } from './invalidate';


export interface SavePolicyGoalArgs {
  id: number;
  etag: string;
  /** The number of the goal to change; absent for a new goal. */
  number?: number;
  body: PolicyGoalInput;
}

export const savePolicyGoal = async ({ id, etag, number, body }: SavePolicyGoalArgs) =>
  number === undefined
    ? unwrap(await api.POST('/api/v1/policies/{id}/goals', {
        params: { path: { id }, header: { 'If-Match': etag } }, body,
      }))
    : unwrap(await api.PUT('/api/v1/policies/{id}/goals/{number}', {
        params: { path: { id, number }, header: { 'If-Match': etag } }, body,
      }));

/** Adds a goal to a draft, or changes one, with the policy's If-Match. */
export const useSavePolicyGoal = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: savePolicyGoal, onSuccess: () => invalidatePolicy(queryClient) });
};
