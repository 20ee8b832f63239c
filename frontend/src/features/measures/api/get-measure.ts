import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Measure } from '@/lib/api/types';
import { measureKeys } from './query-keys';

/** A measure with the ETag of the version read, which a change must send back as If-Match. */
export interface VersionedMeasure {
  measure: Measure;
  etag: string | null;
}

export const getMeasure = async (id: number): Promise<VersionedMeasure> => {
  const result = await api.GET('/api/v1/measures/{id}', { params: { path: { id } } });
  return { measure: unwrap(result), etag: result.response.headers.get('ETag') };
};

export const getMeasureQueryOptions = (id: number) =>
  queryOptions({ queryKey: measureKeys.detail(id), queryFn: () => getMeasure(id) });

export const useMeasure = (id: number) => useQuery(getMeasureQueryOptions(id));
