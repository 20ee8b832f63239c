import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { safetyAnalysisKeys } from './query-keys';

/** Every audited change of a safety analysis, newest first; signed-in readers only. */
export const getSafetyAnalysisHistory = async (id: number) =>
  unwrap(await api.GET('/api/v1/safety-analyses/{id}/history', { params: { path: { id }, query: { limit: 500 } } }));

export const getSafetyAnalysisHistoryQueryOptions = (id: number, enabled: boolean) =>
  queryOptions({ queryKey: safetyAnalysisKeys.history(id), queryFn: () => getSafetyAnalysisHistory(id), enabled });

export const useSafetyAnalysisHistory = (id: number, enabled: boolean) =>
  useQuery(getSafetyAnalysisHistoryQueryOptions(id, enabled));
