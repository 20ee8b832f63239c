import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FileImportInput } from '@/components/file-import';
import { api, unwrap } from '@/lib/api/client';

export const populationKeys = {
  all: ['population'] as const,
  overview: () => [...populationKeys.all, 'overview'] as const,
};

/** The years with figures (demo or imported) and how many SCB regions are mapped. */
export const getPopulation = async () => unwrap(await api.GET('/api/v1/population'));

export const getPopulationQueryOptions = () =>
  queryOptions({ queryKey: populationKeys.overview(), queryFn: getPopulation });

export const usePopulation = (enabled = true) => useQuery({ ...getPopulationQueryOptions(), enabled });

// Both files go as they are, in their own encoding: the API detects UTF-8 or Windows-1252.
const asIs = { bodySerializer: (body: unknown) => body as Blob };

/** Replaces the DeSO → district mapping with the file's. */
export const replaceAreaMapping = async ({ file, mode, dryRun }: FileImportInput) =>
  unwrap(
    await api.PUT('/api/v1/population/area-mapping', {
      params: { query: { mode, dryRun } },
      body: file as unknown as string,
      headers: { 'Content-Type': 'text/csv' },
      ...asIs,
    }),
  );

/** Imports SCB's population by region, age, sex and year. */
export const importPopulation = async ({ file, mode, dryRun }: FileImportInput) =>
  unwrap(
    await api.POST('/api/v1/population/imports', {
      params: { query: { mode, dryRun } },
      body: file as unknown as string,
      headers: { 'Content-Type': 'text/csv' },
      ...asIs,
    }),
  );

/** A stored import changes every rate: the population overview and everything computed from it. */
const useStoring = (mutationFn: (input: FileImportInput) => ReturnType<typeof importPopulation>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries();
    },
  });
};

export const useReplaceAreaMapping = () => useStoring(replaceAreaMapping);
export const useImportPopulation = () => useStoring(importPopulation);
