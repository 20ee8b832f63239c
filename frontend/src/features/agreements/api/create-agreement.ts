import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AgreementInput } from '@/lib/api/types';
import { agreementKeys } from './query-keys';

export const createAgreement = async (input: AgreementInput) =>
  unwrap(await api.POST('/api/v1/agreements', { body: input }));

export const useCreateAgreement = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgreement,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.lists() }),
  });
};
