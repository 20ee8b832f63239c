import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { policyKeys } from './query-keys';

export const getCrosswalk = async (id: number) =>
  unwrap(await api.GET('/api/v1/policies/{id}/crosswalk', { params: { path: { id } } }));

export const getCrosswalkQueryOptions = (id: number, signedIn: boolean) =>
  queryOptions({ queryKey: [...policyKeys.crosswalk(id), signedIn], queryFn: () => getCrosswalk(id) });

export const useCrosswalk = (id: number, signedIn: boolean, enabled = true) =>
  useQuery({ ...getCrosswalkQueryOptions(id, signedIn), enabled });
