import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Policy } from '@/lib/api/types';
import { policyKeys } from './query-keys';

export const getPolicies = async () =>
  unwrap(await api.GET('/api/v1/policies', { params: { query: { limit: 100 } } }));

export const getPoliciesQueryOptions = () =>
  queryOptions({ queryKey: policyKeys.list(), queryFn: getPolicies });

/** The policy in force, or the newest one when none is marked current. */
export const selectCurrentPolicy = (policies: Policy[]): Policy | undefined =>
  policies.find((policy) => policy.current) ?? policies[0];

export const useCurrentPolicy = () =>
  useQuery({ ...getPoliciesQueryOptions(), select: (page) => selectCurrentPolicy(page.items) ?? null });
