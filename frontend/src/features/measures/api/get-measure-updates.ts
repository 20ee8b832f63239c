import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { measureKeys } from './query-keys';

/** A measure's progress log, newest first. */
export const getMeasureUpdates = async (id: number) =>
  unwrap(await api.GET('/api/v1/measures/{id}/updates', { params: { path: { id }, query: { limit: 500 } } }));

export const getMeasureUpdatesQueryOptions = (id: number) =>
  queryOptions({ queryKey: measureKeys.updates(id), queryFn: () => getMeasureUpdates(id) });

export const useMeasureUpdates = (id: number) => useQuery(getMeasureUpdatesQueryOptions(id));
