import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const meKeys = {
  all: ['me'] as const,
  current: (subject: string | undefined) => [...meKeys.all, subject] as const,
};

export const getMe = async () => unwrap(await api.GET('/api/v1/me'));

/** Who the signed-in user is to Värna; keyed by the token's subject so a new login refetches. */
export const getMeQueryOptions = (subject: string | undefined) =>
  queryOptions({ queryKey: meKeys.current(subject), queryFn: getMe, enabled: subject !== undefined });

export const useMe = (subject: string | undefined) => useQuery(getMeQueryOptions(subject));
