import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ReportSections } from './types';
import { reportKeys } from './query-keys';

export interface ReplaceReportSectionsArgs {
  id: number;
  /** The ETag of the version the change is based on. */
  etag: string;
  sections: ReportSections;
}

export const replaceReportSections = async ({ id, etag, sections }: ReplaceReportSectionsArgs) =>
  unwrap(
    await api.PUT('/api/v1/reports/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: sections,
    }),
  );

/** Saves a draft's texts with If-Match; the report and the lists are refetched. */
export const useReplaceReportSections = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceReportSections,
    onSuccess: (_data, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: reportKeys.lists() }),
      ]),
  });
};
