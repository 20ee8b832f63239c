import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { EvaluationInput } from '@/lib/api/types';
import { measureKeys } from './query-keys';

export interface ReplaceEvaluationArgs {
  id: number;
  /** The ETag of the design the change is based on; null for the first design. */
  etag: string | null;
  input: EvaluationInput;
}

export const replaceMeasureEvaluation = async ({ id, etag, input }: ReplaceEvaluationArgs) =>
  unwrap(
    await api.PUT('/api/v1/measures/{id}/evaluation', {
      params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
      body: input,
    }),
  );

/** Declares or changes the design; the evaluation is refetched. */
export const useReplaceMeasureEvaluation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceMeasureEvaluation,
    onSuccess: (_data, { id }) => queryClient.invalidateQueries({ queryKey: measureKeys.evaluation(id) }),
  });
};
