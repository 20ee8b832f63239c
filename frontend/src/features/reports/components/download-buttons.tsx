import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useExportReport, type ExportFormat } from '../api/export-report';

/** Downloads the report as PDF, XLSX or DOCX, fetched with the caller's token. */
export function DownloadButtons({ id, period, formats = ['pdf', 'xlsx', 'docx'] }: {
  id: number;
  period: string;
  /** The formats offered; both kinds of report export as all three. */
  formats?: ExportFormat[];
}) {
  const { t } = useTranslation();
  const download = useExportReport();
  return (
    <section className="report-downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('reports.download.heading')}</h2>
      <div className="form-actions">
        {formats.map((format) => (
          <button key={format} type="button" className="button button-secondary" disabled={download.isPending}
            data-testid={`download-${format}`} onClick={() => download.mutate({ id, period, format })}>
            {t(`reports.download.${format}`)}
          </button>
        ))}
        <span role="status" className="muted">
          {download.isPending ? t('reports.download.pending') : download.isSuccess ? t('reports.download.done') : ''}
        </span>
      </div>
      {download.isError && <ErrorAlert error={download.error} title={t('reports.download.failed')} />}
    </section>
  );
}
