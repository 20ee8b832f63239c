import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { crimeStatisticsKeys } from './query-keys';

/** The query parameters of `getCrimeStatistics`, as the contract names them. */
export type CrimeStatisticsQuery = NonNullable<operations['getCrimeStatistics']['parameters']['query']>;

/** Reported crimes aggregated over the asked months, categories and areas, split by `groupBy`. */
export const getCrimeStatistics = async (query: CrimeStatisticsQuery) =>
  unwrap(await api.GET('/api/v1/crime-statistics', { params: { query } }));

export const getCrimeStatisticsQueryOptions = (query: CrimeStatisticsQuery) =>
  queryOptions({ queryKey: crimeStatisticsKeys.query(query), queryFn: () => getCrimeStatistics(query) });

export const useCrimeStatistics = (query: CrimeStatisticsQuery, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getCrimeStatisticsQueryOptions(query), placeholderData: keepPreviousData, ...options });
