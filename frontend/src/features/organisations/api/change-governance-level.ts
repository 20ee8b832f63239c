import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { GovernanceLevel } from '@/lib/api/types';
import { organisationKeys } from './query-keys';

export interface GovernanceLevelChange {
  code: string;
  level: GovernanceLevel | null;
}

/** The coordinator places an organisation (a forum too) on a level, or on none. */
export const changeGovernanceLevel = async ({ code, level }: GovernanceLevelChange) =>
  unwrap(
    await api.PUT('/api/v1/organisations/{code}/governance-level', {
      params: { path: { code } },
      body: { level },
    }),
  );

/** Changes a level and refetches the organisations, whose list every page shares. */
export const useChangeGovernanceLevel = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeGovernanceLevel,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
};
