import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { downloadFile } from '@/lib/api/download';

type DocumentFormat = 'pdf' | 'docx';
type DocumentKind = 'situation-pictures' | 'action-plans';

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const FILE_NAMES: Record<DocumentKind, string> = { 'situation-pictures': 'lagesbild', 'action-plans': 'atgardsplan' };

/** Downloads a lägesbild or an åtgärdsplan as an accessible PDF or as a Word document, with the caller's token (drafts need it). */
export function DocumentDownloads({ kind, id, level }: { kind: DocumentKind; id: number; level: 'h2' | 'h3' }) {
  const Heading = level;
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (format: DocumentFormat) => {
      const fallbackName = `${FILE_NAMES[kind]}-${id}.${format}`;
      const params = { path: { id }, query: { format } };
      return kind === 'situation-pictures'
        ? downloadFile({ path: '/api/v1/situation-pictures/{id}/export', params, accept: MEDIA_TYPES[format], fallbackName })
        : downloadFile({ path: '/api/v1/action-plans/{id}/export', params, accept: MEDIA_TYPES[format], fallbackName });
    },
  });
  const headingId = `${kind}-downloads-heading`;
  const formats: DocumentFormat[] = ['pdf', 'docx'];
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{t(`documentDownloads.heading.${kind}`)}</Heading>
      <div className="form-actions">
        {formats.map((format) => (
          <button key={format} type="button" className="button button-secondary" disabled={download.isPending}
            data-testid={`${kind}-download-${format}`} onClick={() => download.mutate(format)}>
            {t(`documentDownloads.${format}`)}
          </button>
        ))}
        <span role="status" className="muted">
          {download.isPending ? t('documentDownloads.pending') : download.isSuccess ? t('documentDownloads.done') : ''}
        </span>
      </div>
      {download.isError && <ErrorAlert error={download.error} title={t('documentDownloads.failed')} />}
    </section>
  );
}
