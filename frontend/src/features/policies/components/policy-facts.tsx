import { useTranslation } from 'react-i18next';
import type { Policy } from '@/lib/api/types';

/** A policy's period, adopting body, effective dates and decision, as a description list. */
export function PolicyFacts({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const decision = policy.decision;
  return (
    <dl className="facts">
      <dt>{t('policies.facts.period')}</dt>
      <dd>
        {policy.validFrom}–{policy.validTo}
      </dd>
      <dt>{t('policies.facts.adoptedBy')}</dt>
      <dd>{policy.adoptedBy}</dd>
      <dt>{t('policies.facts.inForce')}</dt>
      <dd>
        {policy.effectiveFrom
          ? t('policies.effective', { from: policy.effectiveFrom, to: policy.effectiveTo ?? t('policies.untilSuccessor') })
          : t('policies.notAdopted')}
      </dd>
      {decision && (
        <>
          <dt>{t('policies.facts.decision')}</dt>
          <dd>
            {[decision.body, decision.date, decision.paragraph, decision.diaryNumber].filter(Boolean).join(', ')}
          </dd>
        </>
      )}
    </dl>
  );
}
