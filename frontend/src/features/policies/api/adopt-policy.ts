import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PolicyAdoptionInput } from '@/lib/api/types';
import { invalidatePolicy } from './invalidate';


export interface AdoptPolicyArgs {
  id: number;
  etag: string;
  body: PolicyAdoptionInput;
}

export const adoptPolicy = async ({ id, etag, body }: AdoptPolicyArgs) =>
  unwrap(await api.POST('/api/v1/policies/{id}/adoption', {
    params: { path: { id }, header: { 'If-Match': etag } }, body,
  }));

/** Adopts a draft with its decision and effective date; everything showing policies or goals is refetched. */
export const useAdoptPolicy = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: adoptPolicy, onSuccess: () => invalidatePolicy(queryClient) });
};
