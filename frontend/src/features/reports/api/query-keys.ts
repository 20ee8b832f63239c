export const reportKeys = {
  all: ['reports'] as const,
  lists: () => [...reportKeys.all, 'list'] as const,
  list: (offset: number) => [...reportKeys.lists(), offset] as const,
  detail: (id: number) => [...reportKeys.all, 'detail', id] as const,
  // under the report's key: saving or approving it refetches its history too
  history: (id: number) => [...reportKeys.detail(id), 'history'] as const,
};
