import { api, unwrap } from '@/lib/api/client';

export interface SuggestionParams {
  id: number;
  category: string;
  interventionStart: string;
  monthsBefore: number;
  districts: string[];
}

/** The districts whose before window is closest to the target districts'; asked for on demand. */
export const getSuggestedComparisons = async ({ id, category, interventionStart, monthsBefore, districts }: SuggestionParams) =>
  unwrap(
    await api.GET('/api/v1/measures/{id}/evaluation/suggested-comparisons', {
      params: {
        path: { id },
        query: { category, interventionStart, monthsBefore, district: districts.length > 0 ? districts : undefined },
      },
    }),
  );
