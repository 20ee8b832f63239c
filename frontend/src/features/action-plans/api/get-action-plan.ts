import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { actionPlanKeys } from './query-keys';

export const getActionPlan = async (id: number) =>
  unwrap(await api.GET('/api/v1/action-plans/{id}', { params: { path: { id } } }));

export const getActionPlanQueryOptions = (id: number) =>
  queryOptions({ queryKey: actionPlanKeys.detail(id), queryFn: () => getActionPlan(id) });

export const useActionPlan = (id: number | undefined) =>
  useQuery({ ...getActionPlanQueryOptions(id ?? 0), enabled: id !== undefined });
