import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Report } from './types';
import { reportKeys } from './query-keys';

/** A report with the ETag of the version read, which a change must send back as If-Match. */
export interface VersionedReport {
  report: Report;
  etag: string | null;
}

export const getReport = async (id: number): Promise<VersionedReport> => {
  const result = await api.GET('/api/v1/reports/{id}', { params: { path: { id } } });
  return { report: unwrap(result), etag: result.response.headers.get('ETag') };
};

export const getReportQueryOptions = (id: number, signedIn: boolean) =>
  queryOptions({ queryKey: [...reportKeys.detail(id), signedIn], queryFn: () => getReport(id) });

export const useReport = (id: number, signedIn: boolean) => useQuery(getReportQueryOptions(id, signedIn));
