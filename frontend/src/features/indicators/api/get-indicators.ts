import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { indicatorKeys } from './query-keys';

/** Indicators ordered by code; only those that follow `goalId` when given. */
export const getIndicators = async (goalId?: number) =>
  unwrap(
    await api.GET('/api/v1/indicators', {
      params: { query: { limit: 500, ...(goalId === undefined ? {} : { goal: goalId }) } },
    }),
  );

export const getIndicatorsQueryOptions = (goalId?: number) =>
  queryOptions({ queryKey: indicatorKeys.list(goalId), queryFn: () => getIndicators(goalId) });

export const useIndicators = (goalId?: number) => useQuery(getIndicatorsQueryOptions(goalId));
