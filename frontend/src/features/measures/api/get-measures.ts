import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { measureKeys } from './query-keys';

/** The filters, sort and page of the measures list, as the API names them. */
export type MeasureListParams = NonNullable<operations['listMeasures']['parameters']['query']>;

/** One page of measures with counts per status; anonymous callers get only published ones. */
export const getMeasures = async (params: MeasureListParams) =>
  unwrap(await api.GET('/api/v1/measures', { params: { query: params } }));

export const getMeasuresQueryOptions = (params: MeasureListParams) =>
  queryOptions({ queryKey: measureKeys.list(params), queryFn: () => getMeasures(params) });

export const useMeasures = (params: MeasureListParams) =>
  useQuery({ ...getMeasuresQueryOptions(params), placeholderData: keepPreviousData });
