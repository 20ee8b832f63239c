import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { crimeStatisticsKeys } from './query-keys';

export type CrimeImportMode = NonNullable<
  NonNullable<operations['importCrimeStatistics']['parameters']['query']>['mode']
>;

export interface ImportCrimeStatisticsInput {
  file: Blob;
  dryRun: boolean;
  mode: CrimeImportMode;
  /** The figures' source organisation; coordinators only (a partner's is its own). */
  source?: string;
}

/**
 * Starts an import job for a CSV file (sent as it is, `text/csv`); the answer is the
 * queued job (202), which the caller polls with `useCrimeStatisticsImport`.
 */
export const importCrimeStatistics = async ({ file, dryRun, mode, source }: ImportCrimeStatisticsInput) =>
  unwrap(
    await api.POST('/api/v1/crime-statistics/imports', {
      params: { query: { dryRun, mode, ...(source ? { source } : {}) } },
      // The file goes as the body unchanged: no reading a large file into a string first.
      body: file as unknown as string,
      bodySerializer: (body) => body as unknown as BodyInit,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );

export const useImportCrimeStatistics = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCrimeStatistics,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: crimeStatisticsKeys.imports() }),
  });
};
