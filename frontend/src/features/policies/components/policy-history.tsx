import { useTranslation } from 'react-i18next';
import { ChangeHistory, useChangeHistoryTexts } from '@/components/change-history';
import type { PolicyHistoryEntry } from '@/lib/api/types';

/** Who drafted the policy, changed its details, goals and crosswalk, and adopted it, and when. */
export function PolicyHistory({ entries }: { entries: PolicyHistoryEntry[] }) {
  const { t } = useTranslation();
  const texts = useChangeHistoryTexts(t('history.policyCaption'));
  return (
    <ChangeHistory
      entries={entries}
      texts={texts}
      actionLabel={(entry) => t(`history.policyAction.${entry.action}`, { defaultValue: entry.action })}
      fieldLabel={(field) => t(`history.policyField.${field.replace(/\./g, '_')}`, { defaultValue: field })}
      formatValue={(field, v) =>
        field === 'status' ? t(`policies.status.${String(v)}`, { defaultValue: String(v) }) : String(v)
      }
      itemKeys={{ goals: 'id', crosswalk: 'from' }}
      itemLabel={(field, item) =>
        field === 'goals' && item.number !== undefined ? t('goals.number', { number: item.number }) : undefined
      }
    />
  );
}
