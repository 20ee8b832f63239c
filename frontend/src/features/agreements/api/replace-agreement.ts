import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AgreementInput } from '@/lib/api/types';
import { agreementKeys } from './query-keys';

export interface ReplaceAgreementArgs {
  id: number;
  etag: string;
  input: AgreementInput;
}

export const replaceAgreement = async ({ id, etag, input }: ReplaceAgreementArgs) =>
  unwrap(
    await api.PUT('/api/v1/agreements/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );

export const useReplaceAgreement = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceAgreement,
    onSuccess: (_, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: agreementKeys.lists() }),
      ]),
  });
};
