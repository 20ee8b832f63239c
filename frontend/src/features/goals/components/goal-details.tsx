import { useTranslation } from 'react-i18next';
import type { Goal } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { SdgBadges } from './sdg-badges';

/** The goal's heading (the page's h1), full description and SDGs. */
export function GoalDetails({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <div className="goal-details">
      <h1>
        <span className="goal-number goal-number-block">{t('goals.number', { number: goal.number })}</span>{' '}
        <span>{text(goal.title)}</span>
      </h1>
      {text(goal.description)
        .split(/\n\s*\n/u)
        .map((paragraph, index) => (
          <p key={index} className={index === 0 ? 'lead' : undefined}>
            {paragraph}
          </p>
        ))}
      <SdgBadges sdgs={goal.sdgs} />
    </div>
  );
}
