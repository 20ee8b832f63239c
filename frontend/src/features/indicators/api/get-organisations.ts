import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { indicatorFormKeys } from './query-keys';

/** The organisations that can own an indicator. */
export const getOrganisations = async () =>
  unwrap(await api.GET('/api/v1/organisations', { params: { query: { limit: 500 } } }));

export const getOrganisationsQueryOptions = () =>
  queryOptions({ queryKey: indicatorFormKeys.organisations, queryFn: getOrganisations, staleTime: 10 * 60_000 });

export const useOrganisations = () => useQuery(getOrganisationsQueryOptions());
