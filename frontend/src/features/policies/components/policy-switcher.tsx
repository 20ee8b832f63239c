import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Policy } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { standingOf, type PolicyStanding } from './policy-status';

const ORDER: PolicyStanding[] = ['inForce', 'earlier', 'upcoming', 'draft'];

/**
 * The policy versions in groups (in force, earlier, upcoming, drafts), one group at a time: the
 * buttons say which is shown (aria-pressed); a group with no policy is left out, except the one
 * in force.
 */
export function PolicySwitcher({ policies }: { policies: Policy[] }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const groups = ORDER.filter((s) => s === 'inForce' || policies.some((p) => standingOf(p) === s));
  const [shown, setShown] = useState<PolicyStanding>('inForce');
  const items = policies.filter((p) => standingOf(p) === shown);
  return (
    <section className="section" aria-labelledby="policy-versions">
      <h2 id="policy-versions">{t('policies.versions.heading')}</h2>
      <div className="segmented" role="group" aria-label={t('policies.versions.switch')}>
        {groups.map((group) => (
          <button key={group} type="button" aria-pressed={shown === group}
            className={shown === group ? 'button' : 'button button-secondary'} onClick={() => setShown(group)}>
            {t(`policies.standing.${group}`)} ({policies.filter((p) => standingOf(p) === group).length})
          </button>
        ))}
      </div>
      {items.length === 0 ? (
        <p>{t('policies.versions.none')}</p>
      ) : (
        <ul className="card-list" aria-live="polite">
          {items.map((policy) => (
            <li key={policy.id} className="card">
              <h3>
                <Link to={`/policies/${policy.id}`}>{text(policy.title)}</Link>
              </h3>
              <p className="muted">
                {t('overview.period', { from: policy.validFrom, to: policy.validTo })} ·{' '}
                {policy.effectiveFrom
                  ? t('policies.effective', {
                      from: policy.effectiveFrom,
                      to: policy.effectiveTo ?? t('policies.untilSuccessor'),
                    })
                  : t('policies.notAdopted')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
