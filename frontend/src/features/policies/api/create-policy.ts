import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PolicyInput } from '@/lib/api/types';
import { invalidatePolicy } from './invalidate';


export const createPolicy = async (body: PolicyInput) => unwrap(await api.POST('/api/v1/policies', { body }));

/** Starts a policy draft; the lists are refetched. */
export const useCreatePolicy = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPolicy, onSuccess: () => invalidatePolicy(queryClient) });
};
