import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

export const createReport = async (period: string) =>
  unwrap(await api.POST('/api/v1/reports', { body: { period } }));

/** Creates a draft for a half-year; the lists are refetched. */
export const useCreateReport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.lists() }),
  });
};
