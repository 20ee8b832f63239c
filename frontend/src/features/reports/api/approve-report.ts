import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { reportKeys } from './query-keys';

export const approveReport = async (id: number) =>
  unwrap(await api.POST('/api/v1/reports/{id}/approval', { params: { path: { id } } }));

/** Approves (freezes) a report; the report and the lists are refetched. */
export const useApproveReport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveReport,
    onSuccess: (_data, id) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: reportKeys.lists() }),
      ]),
  });
};
