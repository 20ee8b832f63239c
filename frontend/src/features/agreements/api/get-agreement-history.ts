import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { agreementKeys } from './query-keys';

/** Every audited change of an agreement and its commitments' follow-ups, newest first; signed-in readers only. */
export const getAgreementHistory = async (id: number) =>
  unwrap(await api.GET('/api/v1/agreements/{id}/history', { params: { path: { id }, query: { limit: 500 } } }));

export const getAgreementHistoryQueryOptions = (id: number, enabled: boolean) =>
  queryOptions({ queryKey: agreementKeys.history(id), queryFn: () => getAgreementHistory(id), enabled });

export const useAgreementHistory = (id: number, enabled: boolean) =>
  useQuery(getAgreementHistoryQueryOptions(id, enabled));
