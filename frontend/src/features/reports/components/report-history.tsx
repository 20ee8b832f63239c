import { useTranslation } from 'react-i18next';
import { ChangeHistory, useChangeHistoryTexts } from '@/components/change-history';
import type { ReportHistoryEntry } from '../api/types';

/** Who created the report, changed its texts and approved it, and when; the status in words. */
export function ReportHistory({ entries }: { entries: ReportHistoryEntry[] }) {
  const { t } = useTranslation();
  const texts = useChangeHistoryTexts(t('history.reportCaption'));
  return (
    <ChangeHistory
      entries={entries}
      texts={texts}
      actionLabel={(entry) => t(`history.reportAction.${entry.action}`)}
      fieldLabel={(field) => t(`history.reportField.${field.replace(/\./g, '_')}`, { defaultValue: field })}
      formatValue={(field, v) =>
        field === 'status' ? t(`reports.status.${String(v)}`, { defaultValue: String(v) }) : String(v)
      }
    />
  );
}
