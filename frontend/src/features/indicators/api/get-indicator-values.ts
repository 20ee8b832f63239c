import { queryOptions, useQuery } from '@tanstack/react-query';
import { config } from '@/config';
import { api, unwrap } from '@/lib/api/client';
import { indicatorKeys, type ValueFilter } from './query-keys';

/** An indicator's values as series (per area, sex and age group) with latest value, target and status. */
export const getIndicatorValues = async (id: number, filter: ValueFilter = {}) =>
  unwrap(await api.GET('/api/v1/indicators/{id}/values', { params: { path: { id }, query: filter } }));

export const getIndicatorValuesQueryOptions = (id: number, filter: ValueFilter = {}) =>
  queryOptions({ queryKey: indicatorKeys.values(id, filter), queryFn: () => getIndicatorValues(id, filter) });

export const useIndicatorValues = (id: number, filter: ValueFilter = {}) =>
  useQuery(getIndicatorValuesQueryOptions(id, filter));

/** The municipality-wide total: the headline series of a card. */
export const HEADLINE: ValueFilter = { area: config.municipalityCode, sex: 'total', ageGroup: 'total' };
