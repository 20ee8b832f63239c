import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { governanceKeys } from './query-keys';

/** The forums of the policy's organisation with their governance level; reference data, ten minutes fresh. */
export const getForums = async () => unwrap(await api.GET('/api/v1/forums', { params: { query: { limit: 100 } } }));

export const getForumsQueryOptions = () =>
  queryOptions({ queryKey: governanceKeys.forums(), queryFn: getForums, staleTime: 10 * 60_000 });

export const useForums = () => useQuery(getForumsQueryOptions());
