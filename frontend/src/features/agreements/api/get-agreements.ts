import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { agreementKeys } from './query-keys';

export type AgreementListParams = NonNullable<operations['listAgreements']['parameters']['query']>;

export const getAgreements = async (params: AgreementListParams) =>
  unwrap(await api.GET('/api/v1/agreements', { params: { query: params } }));

export const getAgreementsQueryOptions = (params: AgreementListParams) =>
  queryOptions({ queryKey: agreementKeys.list(params), queryFn: () => getAgreements(params) });

export const useAgreements = (params: AgreementListParams) =>
  useQuery({ ...getAgreementsQueryOptions(params), placeholderData: keepPreviousData });
