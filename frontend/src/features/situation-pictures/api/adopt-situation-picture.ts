import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { situationPictureKeys } from './query-keys';

export type Adoption = operations['adoptSituationPicture']['requestBody']['content']['application/json'];

export const adoptSituationPicture = async ({ id, adoption }: { id: number; adoption: Adoption }) =>
  unwrap(await api.POST('/api/v1/situation-pictures/{id}/adoption', { params: { path: { id } }, body: adoption }));

/** Adopts (freezes) a draft lägesbild by the decision; the picture and the list are refetched. */
export const useAdoptSituationPicture = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adoptSituationPicture,
    onSuccess: (_data, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: situationPictureKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: situationPictureKeys.list() }),
      ]),
  });
};
