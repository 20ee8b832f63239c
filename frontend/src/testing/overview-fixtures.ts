import type { GoalGlance, Overview } from '@/lib/api/types';
import { goals, indicators } from './fixtures';

const summary = (index: number) => {
  const { id, code, name, unit, direction } = indicators[index]!;
  return { id, code, name, unit, direction };
};

const observation = (period: string, value: number) => ({
  period,
  value,
  disclosure: 'exact' as const,
  numerator: null,
  denominator: null,
  status: 'final' as const,
  source: null,
  demo: true,
  updatedAt: '2026-02-01T08:00:00Z',
});

const none = { onTrack: 0, atRisk: 0, offTrack: 0, noTarget: 0, unknown: 0, noValue: 0 };

/** The first goal has two indicators off track and at risk, a crime trend and measures to follow up; the others little. */
export const goalGlances: GoalGlance[] = goals.map((goal, index) => ({
  goal: { id: goal.id, number: goal.number, title: goal.title },
  indicatorStatus: index === 0 ? { ...none, offTrack: 1, atRisk: 1, noValue: 1 } : { ...none, noValue: goal.indicators.length },
  worst: index === 0 ? { indicator: summary(0), status: 'offTrack' as const } : null,
  crimeTrend:
    index === 0
      ? {
          indicator: summary(1),
          category: 'skadegorelse',
          observations: [
            observation('2023', 512),
            observation('2024', 480),
            observation('2025', 455),
          ],
        }
      : null,
  measuresNeedingFollowUp: index === 0 ? 3 : 0,
}));

export const overview: Overview = {
  asOf: '2026-08-14',
  goals: goalGlances,
  statusReport: { period: '2026H1', deadline: '2026-08-31', overdue: false, report: { id: 7, status: 'draft', updatedAt: '2026-08-01T10:00:00Z' } },
  actionPlan: {
    id: 2,
    title: 'Åtgärdsplan 2026–2027',
    situationPictureId: 5,
    problemsWithoutAction: 1,
    actionsWithoutProblem: 0,
    actionsWithoutMeasure: 2,
    measuresWithoutRecentUpdate: 1,
  },
  failedImports: { since: '2026-07-15T00:00:00Z', count: 1, latestId: 9 },
};
