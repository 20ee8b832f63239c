import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { actionPlanKeys } from './query-keys';

export const getActionPlanChanges = async (id: number) =>
  unwrap(await api.GET('/api/v1/action-plans/{id}/changes', { params: { path: { id } } }));

export const getActionPlanChangesQueryOptions = (id: number) =>
  queryOptions({ queryKey: actionPlanKeys.changes(id), queryFn: () => getActionPlanChanges(id) });

/** What a new version of a plan changed against its predecessor; only asked of a plan that has one. */
export const useActionPlanChanges = (id: number, hasPredecessor: boolean) =>
  useQuery({ ...getActionPlanChangesQueryOptions(id), enabled: hasPredecessor });
