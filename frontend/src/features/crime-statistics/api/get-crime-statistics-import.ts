import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CrimeStatisticsImport } from '@/lib/api/types';
import { crimeStatisticsKeys } from './query-keys';

/** How often a running import job is asked for its progress. */
export const IMPORT_POLL_INTERVAL_MS = 500;

export const isFinished = (job: CrimeStatisticsImport | undefined) =>
  job !== undefined && (job.state === 'succeeded' || job.state === 'rejected' || job.state === 'failed');

/** One import job: its state and progress, and its report once finished. */
export const getCrimeStatisticsImport = async (id: number) =>
  unwrap(await api.GET('/api/v1/crime-statistics/imports/{id}', { params: { path: { id } } }));

export const getCrimeStatisticsImportQueryOptions = (id: number) =>
  queryOptions({
    queryKey: crimeStatisticsKeys.import(id),
    queryFn: () => getCrimeStatisticsImport(id),
    staleTime: 0,
    // Poll until the job has finished.
    refetchInterval: (query) => (isFinished(query.state.data) ? false : IMPORT_POLL_INTERVAL_MS),
  });

/** Polls job `id` until it has finished; nothing while `id` is undefined. */
export const useCrimeStatisticsImport = (id: number | undefined) =>
  useQuery({ ...getCrimeStatisticsImportQueryOptions(id ?? 0), enabled: id !== undefined });
