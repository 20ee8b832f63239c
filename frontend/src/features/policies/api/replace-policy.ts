import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PolicyInput } from '@/lib/api/types';
import { invalidatePolicy } from './invalidate';

export interface ReplacePolicyArgs {
  id: number;
  etag: string;
  body: PolicyInput;
}

export const replacePolicy = async ({ id, etag, body }: ReplacePolicyArgs) =>
  unwrap(await api.PUT('/api/v1/policies/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }));

/** Changes a draft's title, period and adopting body, with If-Match. */
export const useReplacePolicy = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: replacePolicy, onSuccess: () => invalidatePolicy(queryClient) });
};
