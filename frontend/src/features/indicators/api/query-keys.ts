export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (goalId?: number) => [...indicatorKeys.all, 'list', { goalId }] as const,
};
