import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { districtKeys } from './query-keys';

/** The measures aimed at the district (the contract's `district` filter takes its code). */
export const getDistrictMeasures = async (code: string) =>
  unwrap(await api.GET('/api/v1/measures', { params: { query: { district: code, sort: 'title', limit: 100 } } }));

export const useDistrictMeasures = (code: string) =>
  useQuery(queryOptions({ queryKey: districtKeys.measures(code), queryFn: () => getDistrictMeasures(code) }));
