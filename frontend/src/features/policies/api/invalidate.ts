import type { QueryClient } from '@tanstack/react-query';
import { policyKeys } from './query-keys';

/**
 * What a change to a policy draft changes: the policy (its version moves on with every change
 * to its goals or crosswalk), the lists, and the goal lists and goals, which the goals feature
 * caches under `goals`.
 */
export const invalidatePolicy = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: policyKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['goals'] }),
  ]);
