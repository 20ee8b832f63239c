import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { areaKeys } from './query-keys';

/** The area tree with population for `year`, or for the latest year with figures. */
export const getAreas = async (year?: number) =>
  unwrap(
    await api.GET('/api/v1/areas', {
      params: { query: year === undefined ? {} : { year } },
    }),
  );

export const getAreasQueryOptions = (year?: number) =>
  queryOptions({ queryKey: areaKeys.tree(year), queryFn: () => getAreas(year) });

export const useAreas = (year?: number) =>
  useQuery({ ...getAreasQueryOptions(year), placeholderData: keepPreviousData });
