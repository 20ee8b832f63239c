import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MeasureInput } from '@/lib/api/types';
import { measureKeys } from './query-keys';

export interface ReplaceMeasureArgs {
  id: number;
  /** The ETag of the version the change is based on. */
  etag: string;
  input: MeasureInput;
}

export const replaceMeasure = async ({ id, etag, input }: ReplaceMeasureArgs) =>
  unwrap(
    await api.PUT('/api/v1/measures/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );

/** Changes a measure with If-Match; the measure, its history and the lists are refetched. */
export const useReplaceMeasure = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceMeasure,
    onSuccess: (_data, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: measureKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: measureKeys.lists() }),
      ]),
  });
};
