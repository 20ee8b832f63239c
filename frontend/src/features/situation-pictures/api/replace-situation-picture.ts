import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SituationPictureInput } from '@/lib/api/types';
import { situationPictureKeys } from './query-keys';

export interface ReplaceSituationPictureArgs {
  id: number;
  /** The version read: a stale one is a 412. */
  version: number;
  input: SituationPictureInput;
}

export const replaceSituationPicture = async ({ id, version, input }: ReplaceSituationPictureArgs) =>
  unwrap(
    await api.PUT('/api/v1/situation-pictures/{id}', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: input,
    }),
  );

/** Replaces a draft's texts, sections and problems; the picture is refetched (the plan's gaps name its problems). */
export const useReplaceSituationPicture = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceSituationPicture,
    onSuccess: (picture, { id }) => {
      queryClient.setQueryData(situationPictureKeys.detail(id), picture);
      return queryClient.invalidateQueries({ queryKey: situationPictureKeys.all });
    },
  });
};
