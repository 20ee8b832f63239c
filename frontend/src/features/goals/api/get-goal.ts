import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { goalKeys } from './query-keys';

export const getGoal = async (id: number) =>
  unwrap(await api.GET('/api/v1/goals/{id}', { params: { path: { id } } }));

export const getGoalQueryOptions = (id: number) =>
  queryOptions({ queryKey: goalKeys.detail(id), queryFn: () => getGoal(id) });

export const useGoal = (id: number) => useQuery(getGoalQueryOptions(id));
