import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { policyKeys } from './query-keys';

/** Every audited change of a policy (created, details, goals, crosswalk, adopted), newest first; signed-in readers only. */
export const getPolicyHistory = async (id: number) =>
  unwrap(await api.GET('/api/v1/policies/{id}/history', { params: { path: { id }, query: { limit: 500 } } }));

export const getPolicyHistoryQueryOptions = (id: number, enabled: boolean) =>
  queryOptions({ queryKey: [...policyKeys.detail(id), 'history'], queryFn: () => getPolicyHistory(id), enabled });

export const usePolicyHistory = (id: number, enabled: boolean) => useQuery(getPolicyHistoryQueryOptions(id, enabled));
