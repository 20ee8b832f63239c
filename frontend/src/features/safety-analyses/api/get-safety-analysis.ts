import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SafetyAnalysis } from '@/lib/api/types';
import { safetyAnalysisKeys } from './query-keys';

/** An analysis with the ETag of the version read, which a change sends back as If-Match. */
export interface VersionedSafetyAnalysis {
  analysis: SafetyAnalysis;
  etag: string | null;
}

export const getSafetyAnalysis = async (id: number): Promise<VersionedSafetyAnalysis> => {
  const result = await api.GET('/api/v1/safety-analyses/{id}', { params: { path: { id } } });
  return { analysis: unwrap(result), etag: result.response.headers.get('ETag') };
};

export const getSafetyAnalysisQueryOptions = (id: number) =>
  queryOptions({ queryKey: safetyAnalysisKeys.detail(id), queryFn: () => getSafetyAnalysis(id) });

export const useSafetyAnalysis = (id: number, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getSafetyAnalysisQueryOptions(id), ...options });
