import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { indicatorKeys } from './query-keys';

/** The indicator's publication lag, its next period without a value and that value's due date. */
export const getDueRule = async (id: number) =>
  unwrap(await api.GET('/api/v1/indicators/{id}/due-rule', { params: { path: { id } } }));

export const getDueRuleQueryOptions = (id: number) =>
  queryOptions({ queryKey: indicatorKeys.dueRule(id), queryFn: () => getDueRule(id) });

/** Only for a signed-in reader: the API answers 401 to a visitor, so the query waits until `enabled`. */
export const useDueRule = (id: number, enabled: boolean) => useQuery({ ...getDueRuleQueryOptions(id), enabled });
