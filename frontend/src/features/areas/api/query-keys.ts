export const areaKeys = {
  all: ['areas'] as const,
  tree: (year?: number) => [...areaKeys.all, 'tree', { year }] as const,
  allBoundaries: ['areas', 'boundaries'] as const,
  boundaries: (parent: string) => [...areaKeys.allBoundaries, { parent }] as const,
};
