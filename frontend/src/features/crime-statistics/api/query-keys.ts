import type { CrimeStatisticsQuery } from './get-crime-statistics';

export const crimeStatisticsKeys = {
  all: ['crime-statistics'] as const,
  categories: () => [...crimeStatisticsKeys.all, 'categories'] as const,
  figures: () => [...crimeStatisticsKeys.all, 'figures'] as const,
  query: (query: CrimeStatisticsQuery) => [...crimeStatisticsKeys.figures(), query] as const,
  trend: (area: string) => [...crimeStatisticsKeys.figures(), 'trend', area] as const,
  imports: () => [...crimeStatisticsKeys.all, 'imports'] as const,
  import: (id: number) => [...crimeStatisticsKeys.imports(), id] as const,
};
