import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { agreementKeys } from './query-keys';

/** How many matches the measure picker shows; more means the search needs more letters. */
export const MEASURE_SEARCH_LIMIT = 10;

/** The measures whose title or description matches `q` (the measures feature has its own fetcher). */
export const searchMeasures = async (q: string) =>
  unwrap(
    await api.GET('/api/v1/measures', {
      params: { query: { q, sort: 'title', limit: MEASURE_SEARCH_LIMIT } },
    }),
  );

export const useMeasureSearch = (q: string) =>
  useQuery({
    ...queryOptions({ queryKey: agreementKeys.measureSearch(q), queryFn: () => searchMeasures(q) }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
