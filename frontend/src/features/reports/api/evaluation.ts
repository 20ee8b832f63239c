import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { reportKeys } from './query-keys';

type Schemas = components['schemas'];

// Names for the generated contract types of the evaluation of a policy period.
export type EvaluationContent = Schemas['EvaluationContent'];
export type EvaluationConclusions = Schemas['EvaluationConclusions'];
export type EvaluationIndicator = Schemas['EvaluationIndicator'];

/** Creates the draft evaluation of an adopted policy's period (`2020-2025`); the lists are refetched. */
export const useCreateEvaluation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (period: string) =>
      unwrap(await api.POST('/api/v1/reports', { body: { period, kind: 'evaluation' } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.lists() }),
  });
};

export interface ReplaceConclusionsArgs {
  id: number;
  /** The ETag of the version the change is based on. */
  etag: string;
  conclusions: EvaluationConclusions;
}

/** Saves a draft evaluation's conclusions with If-Match; the report and the lists are refetched. */
export const useReplaceConclusions = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, conclusions }: ReplaceConclusionsArgs) =>
      unwrap(
        await api.PUT('/api/v1/reports/{id}/conclusions', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: conclusions,
        }),
      ),
    onSuccess: (_data, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: reportKeys.lists() }),
      ]),
  });
};
