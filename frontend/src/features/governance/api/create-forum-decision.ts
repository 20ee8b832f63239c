import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ForumDecisionInput } from '@/lib/api/types';
import { governanceKeys } from './query-keys';

export const createForumDecision = async (input: ForumDecisionInput) =>
  unwrap(await api.POST('/api/v1/forum-decisions', { body: input }));

export const useCreateForumDecision = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createForumDecision,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: governanceKeys.decisions() }),
  });
};
