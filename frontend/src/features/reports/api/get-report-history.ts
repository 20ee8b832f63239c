import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

/** Every audited change of a report (created, texts changed, approved), newest first; signed-in readers only. */
export const getReportHistory = async (id: number) =>
  unwrap(await api.GET('/api/v1/reports/{id}/history', { params: { path: { id }, query: { limit: 500 } } }));

export const getReportHistoryQueryOptions = (id: number, enabled: boolean) =>
  queryOptions({ queryKey: reportKeys.history(id), queryFn: () => getReportHistory(id), enabled });

export const useReportHistory = (id: number, enabled: boolean) => useQuery(getReportHistoryQueryOptions(id, enabled));
