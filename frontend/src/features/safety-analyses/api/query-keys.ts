import type { SafetyAnalysisListParams } from './get-safety-analyses';

export const safetyAnalysisKeys = {
  all: ['safety-analyses'] as const,
  lists: () => [...safetyAnalysisKeys.all, 'list'] as const,
  list: (params: SafetyAnalysisListParams) => [...safetyAnalysisKeys.lists(), params] as const,
  detail: (id: number) => [...safetyAnalysisKeys.all, 'detail', id] as const,
  history: (id: number) => [...safetyAnalysisKeys.detail(id), 'history'] as const,
  measures: () => [...safetyAnalysisKeys.all, 'measure-options'] as const,
};
