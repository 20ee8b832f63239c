export type FactorKind = 'risk' | 'protective';

export const factorKeys = {
  all: ['factors'] as const,
  kind: (kind: FactorKind) => [...factorKeys.all, kind] as const,
};
