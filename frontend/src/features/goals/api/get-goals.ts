import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { goalKeys } from './query-keys';

/** The goals of a policy (the one in force when `policyId` is absent), in policy order. */
export const getGoals = async (policyId?: number) =>
  unwrap(
    await api.GET('/api/v1/goals', {
      params: { query: { limit: 100, ...(policyId === undefined ? {} : { policy: policyId }) } },
    }),
  );

export const getGoalsQueryOptions = (policyId?: number) =>
  queryOptions({ queryKey: goalKeys.list(policyId), queryFn: () => getGoals(policyId) });

export const useGoals = (policyId?: number) => useQuery(getGoalsQueryOptions(policyId));
