import { useTranslation } from 'react-i18next';
import type { Policy } from '@/lib/api/types';

/** Where a policy stands: in force today, earlier, upcoming (adopted, not yet in force) or a draft. */
export type PolicyStanding = 'inForce' | 'earlier' | 'upcoming' | 'draft';

export function standingOf(policy: Policy): PolicyStanding {
  if (policy.status === 'draft') return 'draft';
  if (policy.current) return 'inForce';
  // an adopted policy that is not in force has either ended (a successor took over) or not begun
  return policy.effectiveTo !== null ? 'earlier' : 'upcoming';
}

export function PolicyStandingBadge({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const standing = standingOf(policy);
  return (
    <span className={`badge policy-standing policy-standing-${standing}`} data-testid="policy-standing">
      {t(`policies.standing.${standing}`)}
    </span>
  );
}
