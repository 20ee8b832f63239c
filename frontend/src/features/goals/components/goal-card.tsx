import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Goal } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { SdgBadges } from './sdg-badges';
import { shorten } from './shorten';

/** One goal on the overview: number and title (a link), short description, SDGs, indicators in brief. */
export function GoalCard({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const headingId = `goal-${goal.id}-heading`;
  return (
    <article className="card goal-card" data-testid="goal-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="goal-card-title">
        <Link to={`/goals/${goal.id}`}>
          <span className="goal-number">{t('goals.number', { number: goal.number })}</span>{' '}
          <span>{text(goal.title)}</span>
        </Link>
      </h2>
      <p>{shorten(text(goal.description))}</p>
      <SdgBadges sdgs={goal.sdgs} />
      <h3 className="card-subheading">{t('goals.indicators')}</h3>
      {goal.indicators.length === 0 ? (
        <p className="muted">{t('goals.noIndicators')}</p>
      ) : (
        <ul className="indicator-brief-list">
          {goal.indicators.map((indicator) => (
            <li key={indicator.id}>
              <span className="indicator-brief-name">{text(indicator.name)}</span>
              <span className="indicator-brief-meta">
                {t(`indicators.details.unitValue.${indicator.unit}`)} · {t(`indicators.details.direction.${indicator.direction}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
