export const actionPlanKeys = {
  all: ['action-plans'] as const,
  list: () => [...actionPlanKeys.all, 'list'] as const,
  detail: (id: number) => [...actionPlanKeys.all, 'detail', id] as const,
  gaps: (id: number) => [...actionPlanKeys.detail(id), 'gaps'] as const,
  changes: (id: number) => [...actionPlanKeys.detail(id), 'changes'] as const,
};
