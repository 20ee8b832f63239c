import type { MeasureListParams } from './get-measures';

export const measureKeys = {
  all: ['measures'] as const,
  lists: () => [...measureKeys.all, 'list'] as const,
  list: (params: MeasureListParams) => [...measureKeys.lists(), params] as const,
  area: (code: string) => [...measureKeys.lists(), { area: code }] as const,
  detail: (id: number) => [...measureKeys.all, 'detail', id] as const,
  updates: (id: number) => [...measureKeys.detail(id), 'updates'] as const,
  history: (id: number) => [...measureKeys.detail(id), 'history'] as const,
  evaluation: (id: number) => [...measureKeys.detail(id), 'evaluation'] as const,
};
