import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isApiProblem } from '@/lib/api/api-problem';
import type { MeasureEvaluation } from '@/lib/api/types';
import { measureKeys } from './query-keys';

/** A measure's effect follow-up with the ETag a change sends back; null when it has none yet. */
export interface VersionedEvaluation {
  evaluation: MeasureEvaluation;
  etag: string | null;
}

export const getMeasureEvaluation = async (id: number): Promise<VersionedEvaluation | null> => {
  try {
    const result = await api.GET('/api/v1/measures/{id}/evaluation', { params: { path: { id } } });
    return { evaluation: unwrap(result), etag: result.response.headers.get('ETag') };
  } catch (error) {
    if (isApiProblem(error) && error.status === 404) return null;
    throw error;
  }
};

export const getMeasureEvaluationQueryOptions = (id: number) =>
  queryOptions({ queryKey: measureKeys.evaluation(id), queryFn: () => getMeasureEvaluation(id) });

export const useMeasureEvaluation = (id: number) => useQuery(getMeasureEvaluationQueryOptions(id));
