import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const overviewKeys = {
  all: ['overview'] as const,
};

/** The start page at a glance, in one request (signed-in roles only). */
export const getOverview = async () => unwrap(await api.GET('/api/v1/overview'));

export const getOverviewQueryOptions = () => queryOptions({ queryKey: overviewKeys.all, queryFn: getOverview });

export const useOverview = () => useQuery(getOverviewQueryOptions());
