import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ActionPlanInput } from '@/lib/api/types';
import { showSavedPlan } from './query-keys';

export interface ReplaceActionPlanArgs {
  id: number;
  /** The version read: a stale one is a 412. */
  version: number;
  input: ActionPlanInput;
}

export const replaceActionPlan = async ({ id, version, input }: ReplaceActionPlanArgs) =>
  unwrap(
    await api.PUT('/api/v1/action-plans/{id}', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: input,
    }),
  );

/** Replaces a draft plan; the plan and its gaps are refetched, so the gap list follows each new link. */
export const useReplaceActionPlan = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceActionPlan,
    onSuccess: showSavedPlan(queryClient),
  });
};
