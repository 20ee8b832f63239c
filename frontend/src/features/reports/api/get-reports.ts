import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

export const REPORTS_PAGE_SIZE = 50;

export const getReports = async (offset: number) =>
  unwrap(await api.GET('/api/v1/reports', { params: { query: { limit: REPORTS_PAGE_SIZE, offset } } }));

/** Reports, newest half-year first (drafts only for signed-in roles). */
export const getReportsQueryOptions = (offset: number, signedIn: boolean) =>
  queryOptions({
    queryKey: [...reportKeys.list(offset), signedIn],
    queryFn: () => getReports(offset),
    placeholderData: keepPreviousData,
  });

export const useReports = (offset: number, signedIn: boolean) => useQuery(getReportsQueryOptions(offset, signedIn));
