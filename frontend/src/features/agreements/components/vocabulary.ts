import type { AgreementType, CommitmentStatus } from '@/lib/api/types';

export const AGREEMENT_TYPES: readonly AgreementType[] = ['citizenPromise', 'collaborationAgreement'];
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['notStarted', 'ongoing', 'fulfilled', 'notFulfilled'];

/** Symbols shown beside the words, never instead of them. */
export const STATUS_SYMBOL: Record<CommitmentStatus, string> = {
  notStarted: '○',
  ongoing: '◐',
  fulfilled: '✓',
  notFulfilled: '✗',
};
