import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { actionPlanKeys } from './query-keys';

export const getActionPlans = async () =>
  unwrap(await api.GET('/api/v1/action-plans', { params: { query: { limit: 500 } } }));

export const getActionPlansQueryOptions = () =>
  queryOptions({ queryKey: actionPlanKeys.list(), queryFn: getActionPlans });

export const useActionPlans = () => useQuery(getActionPlansQueryOptions());
