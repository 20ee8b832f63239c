import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { governanceKeys } from './query-keys';

export type ForumDecisionListParams = NonNullable<operations['listForumDecisions']['parameters']['query']>;

export const getForumDecisions = async (params: ForumDecisionListParams) =>
  unwrap(await api.GET('/api/v1/forum-decisions', { params: { query: params } }));

export const getForumDecisionsQueryOptions = (params: ForumDecisionListParams) =>
  queryOptions({ queryKey: governanceKeys.decisionList(params), queryFn: () => getForumDecisions(params) });

/** A page of decisions; `enabled` false for a reader who may not read them (anonymous). */
export const useForumDecisions = (params: ForumDecisionListParams, enabled = true) =>
  useQuery({ ...getForumDecisionsQueryOptions(params), placeholderData: keepPreviousData, enabled });
