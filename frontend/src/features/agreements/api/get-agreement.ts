import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Agreement } from '@/lib/api/types';
import { agreementKeys } from './query-keys';

/** An agreement with the ETag of the version read, which a change sends back as If-Match. */
export interface VersionedAgreement {
  agreement: Agreement;
  etag: string | null;
}

export const getAgreement = async (id: number): Promise<VersionedAgreement> => {
  const result = await api.GET('/api/v1/agreements/{id}', { params: { path: { id } } });
  return { agreement: unwrap(result), etag: result.response.headers.get('ETag') };
};

export const getAgreementQueryOptions = (id: number) =>
  queryOptions({ queryKey: agreementKeys.detail(id), queryFn: () => getAgreement(id) });

export const useAgreement = (id: number) => useQuery(getAgreementQueryOptions(id));
