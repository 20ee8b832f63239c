import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { measureKeys } from './query-keys';

/** Every audited change of a measure, newest first; signed-in readers only. */
export const getMeasureHistory = async (id: number) =>
  unwrap(await api.GET('/api/v1/measures/{id}/history', { params: { path: { id }, query: { limit: 500 } } }));

export const getMeasureHistoryQueryOptions = (id: number, enabled: boolean) =>
  queryOptions({ queryKey: measureKeys.history(id), queryFn: () => getMeasureHistory(id), enabled });

export const useMeasureHistory = (id: number, enabled: boolean) =>
  useQuery(getMeasureHistoryQueryOptions(id, enabled));
