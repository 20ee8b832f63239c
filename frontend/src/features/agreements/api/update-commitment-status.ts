import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CommitmentStatusInput } from '@/lib/api/types';
import { agreementKeys } from './query-keys';

export interface UpdateCommitmentStatusArgs {
  id: number;
  commitmentId: number;
  input: CommitmentStatusInput;
}

export const updateCommitmentStatus = async ({ id, commitmentId, input }: UpdateCommitmentStatusArgs) =>
  unwrap(
    await api.PUT('/api/v1/agreements/{id}/commitments/{commitmentId}/status', {
      params: { path: { id, commitmentId } },
      body: input,
    }),
  );

export const useUpdateCommitmentStatus = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCommitmentStatus,
    onSuccess: (_, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: agreementKeys.lists() }),
      ]),
  });
};
