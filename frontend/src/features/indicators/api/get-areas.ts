import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { indicatorFormKeys } from './query-keys';

/** The area tree (the municipality with its districts), for choosing where a value belongs. */
export const getAreaTree = async () => unwrap(await api.GET('/api/v1/areas'));

export const getAreaTreeQueryOptions = () =>
  queryOptions({ queryKey: indicatorFormKeys.areas, queryFn: getAreaTree, staleTime: 10 * 60_000 });

export const useAreaTree = () => useQuery(getAreaTreeQueryOptions());
