import { useTranslation } from 'react-i18next';

/** The Agenda 2030 goals as text badges, e.g. "Mål 16", after a visible "Agenda 2030" label. */
export function SdgBadges({ sdgs }: { sdgs: number[] }) {
  const { t } = useTranslation();
  if (sdgs.length === 0) return null;
  return (
    <div className="sdgs">
      <span className="sdg-label" aria-hidden="true">
        {t('goals.sdgs')}:
      </span>
      <ul className="sdg-list" aria-label={t('goals.sdgsLabel')}>
        {sdgs.map((sdg) => (
          <li key={sdg} className={`sdg-badge sdg-${sdg}`} title={t('goals.sdgTitle', { number: sdg })}>
            {t('goals.sdg', { number: sdg })}
          </li>
        ))}
      </ul>
    </div>
  );
}
