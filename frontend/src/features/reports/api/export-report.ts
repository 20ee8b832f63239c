import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api/download';

export type ExportFormat = 'pdf' | 'xlsx' | 'docx';

export interface ExportReportArgs {
  id: number;
  period: string;
  format: ExportFormat;
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Downloads a report as PDF, XLSX or DOCX, with the caller's token (drafts need it). */
export const useExportReport = () =>
  useMutation({
    mutationFn: ({ id, period, format }: ExportReportArgs) =>
      downloadFile({
        path: '/api/v1/reports/{id}/export',
        params: { path: { id }, query: { format } },
        accept: MEDIA_TYPES[format],
        fallbackName: `lagesrapport-${period}.${format}`,
      }),
  });
