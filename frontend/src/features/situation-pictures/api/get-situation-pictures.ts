import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { situationPictureKeys } from './query-keys';

export const getSituationPictures = async () =>
  unwrap(await api.GET('/api/v1/situation-pictures', { params: { query: { limit: 500 } } }));

export const getSituationPicturesQueryOptions = () =>
  queryOptions({ queryKey: situationPictureKeys.list(), queryFn: getSituationPictures });

export const useSituationPictures = () => useQuery(getSituationPicturesQueryOptions());
