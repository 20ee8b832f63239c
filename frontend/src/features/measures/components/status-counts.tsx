import { useTranslation } from 'react-i18next';
import type { MeasureStatus, MeasureStatusCounts } from '@/lib/api/types';
import { STATUSES } from './vocabulary';

interface StatusCountsProps {
  counts: MeasureStatusCounts;
  selected: MeasureStatus | undefined;
  onSelect: (status: MeasureStatus | undefined) => void;
}

/** Counts per status of the filtered measures; each narrows the list to that status. */
export function StatusCounts({ counts, selected, onSelect }: StatusCountsProps) {
  const { t } = useTranslation();
  const total = STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <nav aria-label={t('measures.counts.label')}>
      <ul className="status-counts">
        <li>
          <button type="button" className="status-count" aria-pressed={selected === undefined}
            onClick={() => onSelect(undefined)}>
            {t('measures.counts.all', { count: total })}
          </button>
        </li>
        {STATUSES.map((status) => (
          <li key={status}>
            <button type="button" className={`status-count status-${status}`} aria-pressed={selected === status}
              data-testid={`status-count-${status}`} onClick={() => onSelect(status)}>
              {t('measures.counts.value', { label: t(`measures.status.${status}`), count: counts[status] })}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
