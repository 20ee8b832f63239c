import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { situationPictureKeys } from './query-keys';

export type NewSituationPicture = operations['createSituationPicture']['requestBody']['content']['application/json'];

export const createSituationPicture = async (body: NewSituationPicture) =>
  unwrap(await api.POST('/api/v1/situation-pictures', { body }));

/** Starts a draft lägesbild (Värna drafts its mapping at once); the list is refetched. */
export const useCreateSituationPicture = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSituationPicture,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: situationPictureKeys.list() }),
  });
};
