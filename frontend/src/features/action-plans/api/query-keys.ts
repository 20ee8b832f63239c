import type { QueryClient } from '@tanstack/react-query';
import type { ActionPlan } from '@/lib/api/types';

export const actionPlanKeys = {
  all: ['action-plans'] as const,
  list: () => [...actionPlanKeys.all, 'list'] as const,
  detail: (id: number) => [...actionPlanKeys.all, 'detail', id] as const,
  gaps: (id: number) => [...actionPlanKeys.detail(id), 'gaps'] as const,
  changes: (id: number) => [...actionPlanKeys.detail(id), 'changes'] as const,
};

/** After a save the plan answered is shown at once, and the plans, gaps and changes are refetched. */
export const showSavedPlan = (queryClient: QueryClient) => (plan: ActionPlan, { id }: { id: number }) => {
  queryClient.setQueryData(actionPlanKeys.detail(id), plan);
  return queryClient.invalidateQueries({ queryKey: actionPlanKeys.all });
};
