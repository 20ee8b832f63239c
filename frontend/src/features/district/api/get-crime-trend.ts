import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { districtKeys } from './query-keys';

/** The categories the district page follows: violent crime, property crime and drug offences. */
export const TREND_CATEGORIES = ['valdsbrott', 'egendomsbrott', 'narkotikabrott'] as const;

/** Reported crimes in the district per year and category, for the page's trend table. */
export const getCrimeTrend = async (code: string) =>
  unwrap(
    await api.GET('/api/v1/crime-statistics', {
      params: { query: { area: [code], groupBy: ['category', 'year'], category: [...TREND_CATEGORIES] } },
    }),
  );

export const useCrimeTrend = (code: string) =>
  useQuery(queryOptions({ queryKey: districtKeys.crimeTrend(code), queryFn: () => getCrimeTrend(code) }));
