import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { IndicatorInput } from '@/lib/api/types';
import { indicatorKeys } from './query-keys';

export interface UpdateIndicatorArgs {
  id: number;
  input: IndicatorInput;
}

/** Replaces an indicator's definition (coordinator); the API answers the indicator as stored. */
export const updateIndicator = async ({ id, input }: UpdateIndicatorArgs) =>
  unwrap(await api.PUT('/api/v1/indicators/{id}', { params: { path: { id } }, body: input }));

/** Replaces the definition; the stored indicator is cached and everything about indicators refetched. */
export const useUpdateIndicator = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIndicator,
    onSuccess: (stored, { id }) => {
      queryClient.setQueryData(indicatorKeys.detail(id), stored);
      return queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
    },
  });
};
