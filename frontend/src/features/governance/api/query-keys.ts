import type { ForumDecisionListParams } from './get-forum-decisions';

export const governanceKeys = {
  all: ['governance'] as const,
  forums: () => [...governanceKeys.all, 'forums'] as const,
  decisions: () => [...governanceKeys.all, 'decisions'] as const,
  decisionList: (params: ForumDecisionListParams) => [...governanceKeys.decisions(), params] as const,
};
