import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { measureKeys } from './query-keys';

/** Every change to a measure's evaluation design, newest first; signed-in readers only. */
export const getMeasureEvaluationHistory = async (id: number) =>
  unwrap(
    await api.GET('/api/v1/measures/{id}/evaluation/history', { params: { path: { id }, query: { limit: 500 } } }),
  );

export const getMeasureEvaluationHistoryQueryOptions = (id: number, enabled: boolean) =>
  queryOptions({
    queryKey: [...measureKeys.evaluation(id), 'history'] as const,
    queryFn: () => getMeasureEvaluationHistory(id),
    enabled,
  });

export const useMeasureEvaluationHistory = (id: number, enabled: boolean) =>
  useQuery(getMeasureEvaluationHistoryQueryOptions(id, enabled));
