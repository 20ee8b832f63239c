import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { measureKeys } from './query-keys';

/** The measures aimed at an area (the contract's `district` filter takes its code). */
export const getAreaMeasures = async (code: string) =>
  unwrap(await api.GET('/api/v1/measures', { params: { query: { district: code, sort: 'title', limit: 100 } } }));

export const useAreaMeasures = (code: string) =>
  useQuery(queryOptions({ queryKey: measureKeys.area(code), queryFn: () => getAreaMeasures(code) }));
