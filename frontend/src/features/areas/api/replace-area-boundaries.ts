import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { areaKeys } from './query-keys';

export type AreaBoundaryUpload = components['schemas']['AreaBoundaryUpload'];

/** Loads many areas' boundaries from one FeatureCollection: all of them, or none. */
export const replaceAreaBoundaries = async ({ upload, dryRun }: { upload: AreaBoundaryUpload; dryRun: boolean }) =>
  unwrap(
    await api.PUT('/api/v1/areas/boundaries', {
      params: { query: { dryRun } },
      body: upload,
    }),
  );

export const useReplaceAreaBoundaries = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceAreaBoundaries,
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries({ queryKey: areaKeys.allBoundaries });
    },
  });
};
