import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { indicatorKeys } from './query-keys';

/** One indicator with its baseline, targets and freshness. */
export const getIndicator = async (id: number) =>
  unwrap(await api.GET('/api/v1/indicators/{id}', { params: { path: { id } } }));

export const getIndicatorQueryOptions = (id: number) =>
  queryOptions({ queryKey: indicatorKeys.detail(id), queryFn: () => getIndicator(id) });

export const useIndicator = (id: number) => useQuery(getIndicatorQueryOptions(id));
