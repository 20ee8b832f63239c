import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '@/lib/api/types';

const SYMBOL: Record<IndicatorStatus, string> = { onTrack: '✓', atRisk: '!', offTrack: '✗', noTarget: '–', unknown: '?' };

/** The status in words, with a symbol and a colour that only repeat what the words say. */
export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} data-testid="status-badge">
      <span aria-hidden="true" className="status-symbol">
        {SYMBOL[status]}
      </span>{' '}
      {t(`indicators.values.status.${status}`)}
    </span>
  );
}
