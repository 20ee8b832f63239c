import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { safetyAnalysisKeys } from './query-keys';

/** The risk or protective factors an analysis may assess (the measures feature has its own fetcher). */
export const getFactors = async (kind: 'risk' | 'protective') =>
  unwrap(
    kind === 'risk'
      ? await api.GET('/api/v1/risk-factors', { params: { query: { limit: 500 } } })
      : await api.GET('/api/v1/protective-factors', { params: { query: { limit: 500 } } }),
  );

export const useAnalysisFactors = (kind: 'risk' | 'protective') =>
  useQuery(
    queryOptions({ queryKey: safetyAnalysisKeys.factors(kind), queryFn: () => getFactors(kind), staleTime: 600_000 }),
  );

/** The measures an analysis may name. */
export const getMeasureOptions = async () =>
  unwrap(await api.GET('/api/v1/measures', { params: { query: { limit: 500 } } }));

export const useAnalysisMeasureOptions = () =>
  useQuery(queryOptions({ queryKey: safetyAnalysisKeys.measures(), queryFn: getMeasureOptions }));
