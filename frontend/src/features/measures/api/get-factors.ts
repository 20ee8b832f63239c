import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { factorKeys } from './query-keys';

export const getRiskFactors = async () =>
  unwrap(await api.GET('/api/v1/risk-factors', { params: { query: { limit: 500 } } }));

export const getProtectiveFactors = async () =>
  unwrap(await api.GET('/api/v1/protective-factors', { params: { query: { limit: 500 } } }));

export const getRiskFactorsQueryOptions = () =>
  queryOptions({ queryKey: factorKeys.kind('risk'), queryFn: getRiskFactors, staleTime: 10 * 60_000 });

export const getProtectiveFactorsQueryOptions = () =>
  queryOptions({ queryKey: factorKeys.kind('protective'), queryFn: getProtectiveFactors, staleTime: 10 * 60_000 });

export const useRiskFactors = () => useQuery(getRiskFactorsQueryOptions());
export const useProtectiveFactors = () => useQuery(getProtectiveFactorsQueryOptions());
