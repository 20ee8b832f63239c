import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { factorKeys, type FactorKind } from './query-keys';

/**
 * The risk or the protective factors of the taxonomy, in the coordinator's order: the one
 * fetcher for measures and safety analyses. The taxonomy changes seldom, so ten minutes fresh.
 */
export const getFactors = async (kind: FactorKind) =>
  unwrap(
    kind === 'risk'
      ? await api.GET('/api/v1/risk-factors', { params: { query: { limit: 500 } } })
      : await api.GET('/api/v1/protective-factors', { params: { query: { limit: 500 } } }),
  );

export const getFactorsQueryOptions = (kind: FactorKind) =>
  queryOptions({ queryKey: factorKeys.kind(kind), queryFn: () => getFactors(kind), staleTime: 10 * 60_000 });

export const useFactors = (kind: FactorKind) => useQuery(getFactorsQueryOptions(kind));
