import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { organisationKeys } from './query-keys';

/** The organisations that can run or partner in measures, ordered by name. */
export const getOrganisations = async () =>
  unwrap(await api.GET('/api/v1/organisations', { params: { query: { limit: 500 } } }));

export const getOrganisationsQueryOptions = () =>
  queryOptions({ queryKey: organisationKeys.all, queryFn: getOrganisations, staleTime: 10 * 60_000 });

export const useOrganisations = () => useQuery(getOrganisationsQueryOptions());
