import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiProblem } from './api/api-problem';

export const queryConfig = {
  queries: {
    refetchOnWindowFocus: false,
    staleTime: 60_000,
    // A 4xx will not get better by asking again; a network failure or 5xx might.
    retry: (failureCount, error) =>
      !(isApiProblem(error) && error.status >= 400 && error.status < 500) && failureCount < 1,
  },
} satisfies DefaultOptions;

export const createQueryClient = () => new QueryClient({ defaultOptions: queryConfig });
