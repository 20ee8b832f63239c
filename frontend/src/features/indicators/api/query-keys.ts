export interface ValueFilter {
  from?: string;
  to?: string;
  area?: string;
  sex?: 'total' | 'female' | 'male';
  ageGroup?: string;
}

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (goalId?: number) => [...indicatorKeys.all, 'list', { goalId }] as const,
  detail: (id: number) => [...indicatorKeys.all, 'detail', id] as const,
  /** Every filtered series query of one indicator. */
  valuesOf: (id: number) => [...indicatorKeys.all, 'values', id] as const,
  values: (id: number, filter: ValueFilter = {}) => [...indicatorKeys.valuesOf(id), filter] as const,
  /** When the indicator's next value is due (signed-in readers only). */
  dueRule: (id: number) => [...indicatorKeys.all, 'due-rule', id] as const,
};

