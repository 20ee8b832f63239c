import { useTranslation } from 'react-i18next';
import type { MeasureHistoryEntry } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

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
  const { locale } = useLocalized();
  const empty = t('measures.history.empty');
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return empty;
    const one = (v: unknown) =>
      VALUE_LABELS[field] ? t(`${VALUE_LABELS[field]}.${String(v)}`, { defaultValue: String(v) }) : String(v);
    if (Array.isArray(value)) return value.length === 0 ? empty : value.map(one).join(', ');
    if (typeof value === 'boolean') return t(value ? 'measures.history.yes' : 'measures.history.no');
    return one(value);
  };
  const label = (field: string) =>
    t(`measures.field.${field}`, { defaultValue: t(`measures.log.${field}`, { defaultValue: field }) });
  if (entries.length === 0) return <p>{t('measures.history.none')}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t('measures.history.caption')} tabIndex={0}>
      <table className="data-table">
        <caption>{t('measures.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measures.history.when')}</th>
            <th scope="col">{t('measures.history.who')}</th>
            <th scope="col">{t('measures.history.what')}</th>
            <th scope="col">{t('measures.history.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="history-entry">
              <td>{new Date(entry.changedAt).toLocaleString(locale)}</td>
              <td>
                {entry.changedByName ?? entry.changedBy}
                {entry.changedByName && <span className="muted"> ({entry.changedBy})</span>}
              </td>
              <th scope="row">{t(`measures.history.action.${entry.action}`)}</th>
              <td>
                {entry.changedFields.length === 0 ? (
                  empty
                ) : (
                  <ul className="change-list">
                    {entry.changedFields.map((field) => (
                      <li key={field}>
                        <strong>{label(field)}</strong>:{' '}
                        {entry.before ? `${show(field, entry.before[field])} → ` : ''}
                        {show(field, entry.after?.[field])}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
