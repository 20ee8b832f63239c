import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { crimeStatisticsKeys } from './query-keys';

/**
 * The boundaries of `parent`'s districts and localities (GeoJSON), for the crime map.
 * The areas feature has its own fetcher; features do not import each other.
 */
export const getAreaBoundaries = async (parent: string) =>
  unwrap(await api.GET('/api/v1/areas/boundaries', { params: { query: { parent } } }));

export const getAreaBoundariesQueryOptions = (parent: string) =>
  queryOptions({
    queryKey: crimeStatisticsKeys.boundaries(parent),
    queryFn: () => getAreaBoundaries(parent),
    staleTime: 10 * 60 * 1000,
  });

export const useAreaBoundaries = (parent: string) => useQuery(getAreaBoundariesQueryOptions(parent));
