import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { safetyAnalysisKeys } from './query-keys';

export type SafetyAnalysisListParams = NonNullable<operations['listSafetyAnalyses']['parameters']['query']>;

export const getSafetyAnalyses = async (params: SafetyAnalysisListParams) =>
  unwrap(await api.GET('/api/v1/safety-analyses', { params: { query: params } }));

export const getSafetyAnalysesQueryOptions = (params: SafetyAnalysisListParams) =>
  queryOptions({ queryKey: safetyAnalysisKeys.list(params), queryFn: () => getSafetyAnalyses(params) });

export const useSafetyAnalyses = (params: SafetyAnalysisListParams, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getSafetyAnalysesQueryOptions(params), placeholderData: keepPreviousData, ...options });
