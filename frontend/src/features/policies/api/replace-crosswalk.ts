import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CrosswalkEntryInput } from '@/lib/api/types';
import { invalidatePolicy } from './invalidate';


export interface ReplaceCrosswalkArgs {
  id: number;
  etag: string;
  entries: CrosswalkEntryInput[];
}

export const replaceCrosswalk = async ({ id, etag, entries }: ReplaceCrosswalkArgs) =>
  unwrap(await api.PUT('/api/v1/policies/{id}/crosswalk', {
    params: { path: { id }, header: { 'If-Match': etag } }, body: { entries },
  }));

/** Replaces a draft's whole crosswalk, with the policy's If-Match. */
export const useReplaceCrosswalk = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: replaceCrosswalk, onSuccess: () => invalidatePolicy(queryClient) });
};
