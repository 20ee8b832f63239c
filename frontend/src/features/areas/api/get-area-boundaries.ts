import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { areaKeys } from './query-keys';

/**
 * The boundaries of `parent`'s child areas, as a GeoJSON FeatureCollection: the one query for
 * every map (the areas page's, and the crime map through its route). Boundaries change only by
 * an upload, which invalidates `areaKeys.allBoundaries`; until then ten minutes fresh.
 */
export const getAreaBoundaries = async (parent: string) =>
  unwrap(await api.GET('/api/v1/areas/boundaries', { params: { query: { parent } } }));

export const getAreaBoundariesQueryOptions = (parent: string) =>
  queryOptions({
    queryKey: areaKeys.boundaries(parent),
    queryFn: () => getAreaBoundaries(parent),
    staleTime: 10 * 60 * 1000,
  });

export const useAreaBoundaries = (parent: string) => useQuery(getAreaBoundariesQueryOptions(parent));
