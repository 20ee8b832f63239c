import { useTranslation } from 'react-i18next';

/** The Agenda 2030 goals as text badges, e.g. "Mål 16", after a visible "Agenda 2030" label. */
export function SdgBadges({ sdgs }: { sdgs: number[] }) {
  const { t } = useTranslation();
  if (sdgs.length === 0) return null;
  return (
    <div className="sdgs">
      <span className="sdg-label" aria-hidden="true">
        {t('goal.sdgs')}:
      </span>
      <ul className="sdg-list" aria-label={t('goal.sdgsLabel')}>
        {sdgs.map((sdg) => (
          <li key={sdg} className={`sdg-badge sdg-${sdg}`} title={t('goal.sdgTitle', { number: sdg })}>
            {t('goal.sdg', { number: sdg })}
          </li>
        ))}
      </ul>
    </div>
  );
}
