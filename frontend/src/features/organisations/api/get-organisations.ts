import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { organisationKeys } from './query-keys';

/**
 * Every organisation (committees, departments, companies, external actors), ordered by
 * name: the one fetcher for the forms and filters of measures, agreements and indicators and
 * for the names in their histories. Organisations change by migrations, so ten minutes fresh.
 */
export const getOrganisations = async () =>
  unwrap(await api.GET('/api/v1/organisations', { params: { query: { limit: 500 } } }));

export const getOrganisationsQueryOptions = () =>
  queryOptions({ queryKey: organisationKeys.list(), queryFn: getOrganisations, staleTime: 10 * 60_000 });

export const useOrganisations = () => useQuery(getOrganisationsQueryOptions());
