import { useTranslation } from 'react-i18next';
import type { CommitmentStatus } from '@/lib/api/types';
import { STATUS_SYMBOL } from './vocabulary';

export function CommitmentStatusLabel({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`commitment-status commitment-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
      {t(`agreements.statuses.${status}`)}
    </span>
  );
}
