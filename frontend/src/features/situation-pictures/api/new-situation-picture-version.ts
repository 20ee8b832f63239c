import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { situationPictureKeys } from './query-keys';

export const newSituationPictureVersion = async (id: number) =>
  unwrap(await api.POST('/api/v1/situation-pictures/{id}/versions', { params: { path: { id } } }));

/** Starts a new draft version of an adopted lägesbild; the adopted one stays as it is. Every picture is refetched. */
export const useNewSituationPictureVersion = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: newSituationPictureVersion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: situationPictureKeys.all }),
  });
};
