import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { safetyAnalysisKeys } from './query-keys';

/** The measures an analysis may name. */
export const getMeasureOptions = async () =>
  unwrap(await api.GET('/api/v1/measures', { params: { query: { limit: 500 } } }));

export const useAnalysisMeasureOptions = () =>
  useQuery(queryOptions({ queryKey: safetyAnalysisKeys.measures(), queryFn: getMeasureOptions }));
