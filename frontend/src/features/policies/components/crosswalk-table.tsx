import { useTranslation } from 'react-i18next';
import type { Crosswalk } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/** How the predecessor's goals map to the policy's, as a table; the old goals not yet mapped last. */
export function CrosswalkTable({ crosswalk }: { crosswalk: Crosswalk }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  if (!crosswalk.predecessor) return <p>{t('policies.crosswalk.noPredecessor')}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t('policies.crosswalk.region')} tabIndex={0}>
      <table className="data-table">
        <caption>{t('policies.crosswalk.caption', { code: crosswalk.predecessor.code })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('policies.crosswalk.from')}</th>
            <th scope="col">{t('policies.crosswalk.to')}</th>
          </tr>
        </thead>
        <tbody>
          {crosswalk.entries.map((entry) => (
            <tr key={entry.from.id}>
              <th scope="row">
                {t('goals.number', { number: entry.from.number })}: {text(entry.from.title)}
              </th>
              <td>
                {entry.to.length > 0
                  ? entry.to.map((g) => `${t('goals.number', { number: g.number })}: ${text(g.title)}`).join('; ')
                  : t('policies.crosswalk.none', { reason: entry.reason ?? '' })}
              </td>
            </tr>
          ))}
          {crosswalk.unmapped.map((goal) => (
            <tr key={goal.id}>
              <th scope="row">
                {t('goals.number', { number: goal.number })}: {text(goal.title)}
              </th>
              <td>
                <em>{t('policies.crosswalk.unmapped')}</em>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
