import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiProblem } from '@/lib/api/api-problem';

export type ExportFormat = 'pdf' | 'xlsx';

export interface ExportReportArgs {
  id: number;
  period: string;
  format: ExportFormat;
}

/** Fetches the export with the caller's token (drafts need it) and answers it as a Blob. */
export const exportReport = async ({ id, format }: ExportReportArgs): Promise<Blob> => {
  const result = await api.GET('/api/v1/reports/{id}/export', {
    params: { path: { id }, query: { format } },
    parseAs: 'blob',
  });
  if (result.data == null) {
    throw new ApiProblem({ title: 'Empty answer', status: result.response.status });
  }
  return result.data as Blob;
};

/** Saves a Blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads a report as PDF or XLSX. */
export const useExportReport = () =>
  useMutation({
    mutationFn: async (args: ExportReportArgs) => {
      const blob = await exportReport(args);
      saveBlob(blob, `lagesrapport-${args.period}.${args.format}`);
      return blob;
    },
  });
