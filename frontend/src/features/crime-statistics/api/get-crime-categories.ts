import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { crimeStatisticsKeys } from './query-keys';

/** The category tree and the composite groups (e.g. *våldsbrott*). */
export const getCrimeCategories = async () => unwrap(await api.GET('/api/v1/crime-categories'));

export const getCrimeCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: crimeStatisticsKeys.categories(),
    queryFn: getCrimeCategories,
    staleTime: 10 * 60 * 1000,
  });

export const useCrimeCategories = () => useQuery(getCrimeCategoriesQueryOptions());
