import { http, HttpResponse } from 'msw';
import {
  forumDecision,
  historyEntries,
  measure,
  measureEvaluation,
  measureSummaries,
  organisations,
  progressUpdates,
  crosswalkMeasure,
} from './measures-fixtures';

const page = <T,>(items: T[]) => ({ items, total: items.length, limit: 100, offset: 0 });

/** The measures part of the API, answering from the measures fixtures. */
export const measureHandlers = [
  http.get('*/api/v1/measures', ({ request }) => {
    const query = new URL(request.url).searchParams;
    const status = query.get('status');
    const goal = Number(query.get('goal') ?? 0);
    const byStatus = status ? measureSummaries.filter((m) => m.status === status) : measureSummaries;
    const items = goal === 0 ? byStatus
      : [...byStatus.filter((m) => m.goals.some((g) => g.id === goal)), ...(goal === 1 ? [crosswalkMeasure] : [])];
    return HttpResponse.json({
      ...page(items),
      limit: 25,
      viaCrosswalk: items.filter((m) => m.viaCrosswalk.length > 0).length,
      statusCounts: { planned: 0, ongoing: measureSummaries.length, completed: 0, cancelled: 0 },
    });
  }),
  http.get('*/api/v1/measures/:id', () => HttpResponse.json(measure, { headers: { ETag: `"${measure.version}"` } })),
  http.get('*/api/v1/measures/:id/updates', () => HttpResponse.json(page(progressUpdates))),
  http.get('*/api/v1/measures/:id/history', () => HttpResponse.json(page(historyEntries))),
  http.get('*/api/v1/measures/:id/evaluation/history', () =>
    HttpResponse.json(page([{
      id: 90, changedAt: '2025-01-01T08:00:00Z', changedBy: 'samordnare', changedByName: 'Sara Samordnare',
      action: 'created', version: 0, changedFields: ['outcomeCode'], before: null,
      after: { outcomeCode: 'skadegorelse', interventionStart: '2024-01', retrospective: true },
    }])),
  ),
  http.get('*/api/v1/measures/:id/evaluation', () =>
    HttpResponse.json(measureEvaluation, { headers: { ETag: `"${measureEvaluation.version}"` } }),
  ),
  http.get('*/api/v1/forum-decisions', () => HttpResponse.json(page([forumDecision]))),
  http.get('*/api/v1/forums', () => HttpResponse.json(page(organisations.filter((o) => o.type === 'forum')))),
];
