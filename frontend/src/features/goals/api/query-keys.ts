export const goalKeys = {
  all: ['goals'] as const,
  list: (policyId?: number) => [...goalKeys.all, 'list', { policyId }] as const,
  detail: (id: number) => [...goalKeys.all, 'detail', id] as const,
};
