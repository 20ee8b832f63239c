import type { AgreementListParams } from './get-agreements';

export const agreementKeys = {
  all: ['agreements'] as const,
  lists: () => [...agreementKeys.all, 'list'] as const,
  list: (params: AgreementListParams) => [...agreementKeys.lists(), params] as const,
  detail: (id: number) => [...agreementKeys.all, 'detail', id] as const,
  history: (id: number) => [...agreementKeys.detail(id), 'history'] as const,
  measureSearch: (q: string) => [...agreementKeys.all, 'measure-search', q] as const,
};
