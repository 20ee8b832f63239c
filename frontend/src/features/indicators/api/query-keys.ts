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
};

/** Look-ups the indicator forms need (areas to record for, organisations to own an indicator). */
export const indicatorFormKeys = {
  areas: ['indicator-forms', 'areas'] as const,
  organisations: ['indicator-forms', 'organisations'] as const,
};
