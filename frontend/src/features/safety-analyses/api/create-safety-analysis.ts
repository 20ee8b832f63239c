import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SafetyAnalysisInput } from '@/lib/api/types';
import { safetyAnalysisKeys } from './query-keys';

export const createSafetyAnalysis = async (input: SafetyAnalysisInput) =>
  unwrap(await api.POST('/api/v1/safety-analyses', { body: input }));

export const useCreateSafetyAnalysis = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSafetyAnalysis,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: safetyAnalysisKeys.lists() }),
  });
};
