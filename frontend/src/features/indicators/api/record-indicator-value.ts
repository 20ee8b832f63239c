import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { IndicatorValueInput } from '@/lib/api/types';
import { indicatorKeys } from './query-keys';

export interface RecordValueArgs {
  id: number;
  input: IndicatorValueInput;
}

/** Records one value; the API answers the value as stored with `outcome` created, updated or unchanged. */
export const recordIndicatorValue = async ({ id, input }: RecordValueArgs) =>
  unwrap(await api.POST('/api/v1/indicators/{id}/values', { params: { path: { id } }, body: input }));

/** Records a value; the indicator's series, its freshness and the lists are refetched. */
export const useRecordIndicatorValue = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordIndicatorValue,
    onSuccess: (_value, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: indicatorKeys.valuesOf(id) }),
        queryClient.invalidateQueries({ queryKey: indicatorKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: [...indicatorKeys.all, 'list'] }),
      ]),
  });
};
