import { useTranslation } from 'react-i18next';
import type { MeasureHistoryEntry } from '@/lib/api/types';
import { ChangeHistory } from '@/components/change-history';

/** Fields whose snapshot values are codes the UI can name. */
const VALUE_LABELS: Record<string, string> = {
  status: 'measures.status',
  preventionType: 'measures.preventionType',
  preventionLevel: 'measures.preventionLevel',
  targetGroups: 'measures.targetGroup',
  crimeTriangle: 'measures.crimeTriangle',
  knowledgeLevel: 'measures.knowledgeLevel',
  assessment: 'measures.assessmentShort',
};

/** Who changed what and when, with each changed field's value before and after. */
export function HistoryTable({ entries }: { entries: MeasureHistoryEntry[] }) {
  const { t } = useTranslation();
  const h = (key: string) => t(`measures.history.${key}`);
  const one = (field: string, v: unknown) =>
    VALUE_LABELS[field] ? t(`${VALUE_LABELS[field]}.${String(v)}`, { defaultValue: String(v) }) : String(v);
  const label = (field: string) =>
    t(`measures.field.${field}`, { defaultValue: t(`measures.log.${field}`, { defaultValue: field }) });
  return (
    <ChangeHistory
      entries={entries}
      texts={{
        caption: h('caption'), when: h('when'), who: h('who'), what: h('what'), changes: h('changes'), none: h('none'),
        empty: h('empty'), yes: h('yes'), no: h('no'),
        added: t('history.added'), removed: t('history.removed'),
        changed: t('history.changed'),
      }}
      actionLabel={(entry) => t(`measures.history.action.${entry.action}`)}
      fieldLabel={label}
      formatValue={one}
    />
  );
}
