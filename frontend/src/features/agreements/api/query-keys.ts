import type { AgreementListParams } from './get-agreements';

export const agreementKeys = {
  all: ['agreements'] as const,
  lists: () => [...agreementKeys.all, 'list'] as const,
  list: (params: AgreementListParams) => [...agreementKeys.lists(), params] as const,
  detail: (id: number) => [...agreementKeys.all, 'detail', id] as const,
  organisations: () => [...agreementKeys.all, 'organisations'] as const,
};
