import { useTranslation } from 'react-i18next';
import type { Policy } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

export function PolicySummary({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <div className="policy-summary">
      <p className="policy-title">{text(policy.title)}</p>
      <p className="muted">
        {t('overview.period', { from: policy.validFrom, to: policy.validTo })} ·{' '}
        {t('overview.adoptedBy', { body: policy.adoptedBy })}
      </p>
    </div>
  );
}
