import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SafetyAnalysisInput } from '@/lib/api/types';
import { safetyAnalysisKeys } from './query-keys';

export interface ReplaceSafetyAnalysisArgs {
  id: number;
  etag: string;
  input: SafetyAnalysisInput;
}

export const replaceSafetyAnalysis = async ({ id, etag, input }: ReplaceSafetyAnalysisArgs) =>
  unwrap(
    await api.PUT('/api/v1/safety-analyses/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );

export const useReplaceSafetyAnalysis = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceSafetyAnalysis,
    onSuccess: (_, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: safetyAnalysisKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: safetyAnalysisKeys.lists() }),
      ]),
  });
};
