export const policyKeys = {
  all: ['policies'] as const,
  list: () => [...policyKeys.all, 'list'] as const,
  detail: (id: number) => [...policyKeys.all, 'detail', id] as const,
  crosswalk: (id: number) => [...policyKeys.all, 'crosswalk', id] as const,
};
