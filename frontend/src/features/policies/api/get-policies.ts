import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Policy } from '@/lib/api/types';
import { policyKeys } from './query-keys';

export const getPolicies = async () =>
  unwrap(await api.GET('/api/v1/policies', { params: { query: { limit: 100 } } }));

/** `signedIn` is part of the key: drafts are listed only to signed-in readers. */
export const getPoliciesQueryOptions = (signedIn = false) =>
  queryOptions({ queryKey: [...policyKeys.list(), signedIn], queryFn: getPolicies });

/** The policy in force today, or the newest adopted one when none is in force. */
export const selectCurrentPolicy = (policies: Policy[]): Policy | undefined =>
  policies.find((policy) => policy.current) ?? policies.find((policy) => policy.status === 'adopted');

export const useCurrentPolicy = () =>
  useQuery({ ...getPoliciesQueryOptions(), select: (page) => selectCurrentPolicy(page.items) ?? null });

export const usePolicies = (signedIn: boolean) => useQuery(getPoliciesQueryOptions(signedIn));
