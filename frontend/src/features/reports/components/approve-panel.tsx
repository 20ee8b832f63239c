import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useApproveReport } from '../api/approve-report';

/** The coordinator approves a draft, after confirming; an approved report can no longer change. */
export function ApprovePanel({ id, dirty }: { id: number; dirty: boolean }) {
  const { t } = useTranslation();
  const approve = useApproveReport();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="report-approve" aria-labelledby="approve-heading">
      <h2 id="approve-heading">{t('reports.approve.heading')}</h2>
      <p>{t('reports.approve.body')}</p>
      {dirty && <p className="alert alert-warning">{t('reports.approve.unsaved')}</p>}
      {!confirming ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('reports.approve.start')}
        </button>
      ) : (
        <div role="group" aria-label={t('reports.approve.confirmLabel')} className="form-actions">
          <p>{t('reports.approve.confirm')}</p>
          <button type="button" className="button" disabled={approve.isPending}
            onClick={() => approve.mutate(id, { onSettled: () => setConfirming(false) })}>
            {t('reports.approve.yes')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
            {t('reports.approve.cancel')}
          </button>
        </div>
      )}
      {approve.isError && <ErrorAlert error={approve.error} title={t('reports.approve.failed')} />}
    </section>
  );
}
