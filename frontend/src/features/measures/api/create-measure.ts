import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MeasureInput } from '@/lib/api/types';
import { measureKeys } from './query-keys';

export const createMeasure = async (input: MeasureInput) =>
  unwrap(await api.POST('/api/v1/measures', { body: input }));

/** Creates a measure; the lists are refetched. */
export const useCreateMeasure = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeasure,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: measureKeys.lists() }),
  });
};
