import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { FileImportInput } from '@/components/file-import';
import { indicatorKeys } from './query-keys';

/** Sends a CSV or Kolada JSON file as it is; the API reports every row. */
export const importIndicatorValues = async ({ file, contentType, mode, dryRun }: FileImportInput) =>
  unwrap(
    await api.POST('/api/v1/indicator-values/imports', {
      params: { query: { mode, dryRun } },
      // the file goes as it is, in its own encoding: the API detects UTF-8 or Windows-1252
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'Content-Type': contentType },
    }),
  );

/** Imports a file; a stored import refreshes every indicator query. */
export const useImportIndicatorValues = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importIndicatorValues,
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
    },
  });
};
