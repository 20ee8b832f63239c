export const areaKeys = {
  all: ['areas'] as const,
  tree: (year?: number) => [...areaKeys.all, 'tree', { year }] as const,
};
