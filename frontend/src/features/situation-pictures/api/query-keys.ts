export const situationPictureKeys = {
  all: ['situation-pictures'] as const,
  list: () => [...situationPictureKeys.all, 'list'] as const,
  detail: (id: number) => [...situationPictureKeys.all, 'detail', id] as const,
};
