import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { agreementKeys } from './query-keys';

/** The organisations that may be parties or committed (the measures feature has its own fetcher). */
export const getOrganisations = async () =>
  unwrap(await api.GET('/api/v1/organisations', { params: { query: { limit: 500 } } }));

export const useAgreementOrganisations = () =>
  useQuery(queryOptions({ queryKey: agreementKeys.organisations(), queryFn: getOrganisations, staleTime: 600_000 }));
