import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PolicyGoalIndicatorInput } from '@/lib/api/types';
import { invalidatePolicy } from './invalidate';

export interface LinkGoalIndicatorArgs {
  id: number;
  etag: string;
  /** The number of the draft's goal. */
  number: number;
  /** The indicator, its baseline and targets, or `carryOverFrom` to carry it over from an earlier policy's goal. */
  body: PolicyGoalIndicatorInput;
}

export const linkGoalIndicator = async ({ id, etag, number, body }: LinkGoalIndicatorArgs) =>
  unwrap(
    await api.POST('/api/v1/policies/{id}/goals/{number}/indicators', {
      params: { path: { id, number }, header: { 'If-Match': etag } },
      body,
    }),
  );

/** Links an indicator to a draft's goal, or carries one over, with the policy's If-Match; the goals refresh. */
export const useLinkGoalIndicator = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkGoalIndicator,
    onSuccess: () =>
      Promise.all([invalidatePolicy(queryClient), queryClient.invalidateQueries({ queryKey: ['indicators'] })]),
  });
};
