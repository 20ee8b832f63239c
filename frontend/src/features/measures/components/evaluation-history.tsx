import { useTranslation } from 'react-i18next';
import { ChangeHistory, useChangeHistoryTexts } from '@/components/change-history';
import type { EvaluationHistoryEntry } from '@/lib/api/types';

/** Who declared and changed the evaluation design, when, and each field before and after. */
export function EvaluationHistory({ entries }: { entries: EvaluationHistoryEntry[] }) {
  const { t } = useTranslation();
  const texts = useChangeHistoryTexts(t('history.evaluationCaption'));
  return (
    <ChangeHistory
      entries={entries}
      texts={texts}
      actionLabel={(entry) => t(`history.evaluationAction.${entry.action}`, { defaultValue: entry.action })}
      fieldLabel={(field) => t(`history.evaluationField.${field}`, { defaultValue: field })}
      formatValue={(field, value) =>
        typeof value === 'boolean'
          ? t(value ? 'history.yes' : 'history.no')
          : field === 'outcomeKind'
            ? t(`measures.evaluation.kind.${String(value)}`, { defaultValue: String(value) })
            : String(value)
      }
    />
  );
}
