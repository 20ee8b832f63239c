import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { crimeStatisticsKeys } from './query-keys';

/** The categories an area's page follows: violent crime, property crime and drug offences. */
export const TREND_CATEGORIES = ['valdsbrott', 'egendomsbrott', 'narkotikabrott'] as const;

/** Reported crimes in the area per year and category, for the page's trend table. */
export const getCrimeTrend = async (code: string) =>
  unwrap(
    await api.GET('/api/v1/crime-statistics', {
      params: { query: { area: [code], groupBy: ['category', 'year'], category: [...TREND_CATEGORIES] } },
    }),
  );

export const useCrimeTrend = (code: string) =>
  useQuery(queryOptions({ queryKey: crimeStatisticsKeys.trend(code), queryFn: () => getCrimeTrend(code) }));
