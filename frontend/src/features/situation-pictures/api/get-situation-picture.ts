import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { situationPictureKeys } from './query-keys';

export const getSituationPicture = async (id: number) =>
  unwrap(await api.GET('/api/v1/situation-pictures/{id}', { params: { path: { id } } }));

export const getSituationPictureQueryOptions = (id: number) =>
  queryOptions({ queryKey: situationPictureKeys.detail(id), queryFn: () => getSituationPicture(id) });

export const useSituationPicture = (id: number) => useQuery(getSituationPictureQueryOptions(id));
