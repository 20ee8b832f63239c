import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { actionPlanKeys } from './query-keys';

export const getActionPlanGaps = async (id: number) =>
  unwrap(await api.GET('/api/v1/action-plans/{id}/gaps', { params: { path: { id } } }));

export const getActionPlanGapsQueryOptions = (id: number) =>
  queryOptions({ queryKey: actionPlanKeys.gaps(id), queryFn: () => getActionPlanGaps(id) });

/** The gaps are for signed-in readers only (the API answers anonymous callers 401). */
export const useActionPlanGaps = (id: number | undefined, enabled: boolean) =>
  useQuery({ ...getActionPlanGapsQueryOptions(id ?? 0), enabled: enabled && id !== undefined });
