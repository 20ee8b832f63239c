import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ProgressUpdateInput } from '@/lib/api/types';
import { measureKeys } from './query-keys';

export const addMeasureUpdate = async ({ id, input }: { id: number; input: ProgressUpdateInput }) =>
  unwrap(await api.POST('/api/v1/measures/{id}/updates', { params: { path: { id } }, body: input }));

/** Reports progress; the measure (its latest update), log, history and lists are refetched. */
export const useAddMeasureUpdate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMeasureUpdate,
    onSuccess: (_data, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: measureKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: measureKeys.lists() }),
      ]),
  });
};
