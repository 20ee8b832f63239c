import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { IndicatorDueRuleInput } from '@/lib/api/types';
import { indicatorKeys } from './query-keys';

export interface UpdateDueRuleArgs {
  id: number;
  input: IndicatorDueRuleInput;
}

/** Sets the indicator's publication lag (coordinator); the API answers the rule with its new due date. */
export const updateDueRule = async ({ id, input }: UpdateDueRuleArgs) =>
  unwrap(await api.PUT('/api/v1/indicators/{id}/due-rule', { params: { path: { id } }, body: input }));

/** The stored rule is cached; the task lists, whose due dates follow from it, are refetched. */
export const useUpdateDueRule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDueRule,
    onSuccess: (stored, { id }) => {
      queryClient.setQueryData(indicatorKeys.dueRule(id), stored);
      return queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
};
