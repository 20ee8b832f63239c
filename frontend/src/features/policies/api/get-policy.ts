import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { policyKeys } from './query-keys';

export const getPolicy = async (id: number) =>
  unwrap(await api.GET('/api/v1/policies/{id}', { params: { path: { id } } }));

export const getPolicyQueryOptions = (id: number, signedIn: boolean) =>
  queryOptions({ queryKey: [...policyKeys.detail(id), signedIn], queryFn: () => getPolicy(id) });

/** One policy; `signedIn` is part of the key, since a draft is there only for signed-in readers. */
export const usePolicy = (id: number, signedIn: boolean) => useQuery(getPolicyQueryOptions(id, signedIn));

/** The If-Match of a change to the policy: its version, as the ETag carries it. */
export const etagOf = (policy: { version: number }) => `"${policy.version}"`;
