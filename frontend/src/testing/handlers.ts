import { http, HttpResponse } from 'msw';
import {
  areaBoundaries,
  areaTree,
  crimeCategoryTree,
  crimeStatisticsByArea,
  crimeStatisticsSeries,
  goals,
  indicators,
  indicatorValues,
  policy,
} from './fixtures';
import { organisations, protectiveFactors, riskFactors } from './measures-fixtures';
import { measureHandlers } from './measures-handlers';
import { analysesHandlers } from './analyses-handlers';
import { reportHandlers } from './reports-handlers';
import { indicatorFormHandlers } from './indicator-forms-handlers';
import { overview } from './overview-fixtures';

const page = <T,>(items: T[]) => ({ items, total: items.length, limit: 100, offset: 0 });

const notFound = (instance: string) =>
  HttpResponse.json(
    { title: 'Not Found', status: 404, detail: 'No such goal.', instance },
    { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** The public part of the API, answering from the fixtures. */
export const handlers = [
  http.get('*/api/v1/overview', () => HttpResponse.json(overview)),
  http.get('*/api/v1/policies', () => HttpResponse.json(page([policy]))),
  http.get('*/api/v1/goals', () => HttpResponse.json(page(goals))),
  http.get('*/api/v1/action-plans', () => HttpResponse.json(page([]))),
  // When an indicator's next value is due (signed-in readers); a half-year survey three months late.
  http.get('*/api/v1/indicators/:id/due-rule', ({ params }) =>
    HttpResponse.json({ indicatorId: Number(params.id), publicationLagMonths: 3, nextPeriod: '2026H1', dueDate: '2026-09-30', updatedAt: null, updatedBy: null }),
  ),
  http.get('*/api/v1/goals/:id', ({ params, request }) => {
    const goal = goals.find((g) => g.id === Number(params.id));
    return goal ? HttpResponse.json(goal) : notFound(new URL(request.url).pathname);
  }),
  http.get('*/api/v1/indicators', ({ request }) => {
    const goal = new URL(request.url).searchParams.get('goal');
    const items = goal ? indicators.filter((i) => i.goals.some((g) => g.id === Number(goal))) : indicators;
    return HttpResponse.json(page(items));
  }),
  http.get('*/api/v1/indicators/:id/values', ({ params, request }) =>
    indicators.some((i) => i.id === Number(params.id))
      ? HttpResponse.json(indicatorValues(Number(params.id), new URL(request.url).searchParams))
      : notFound(new URL(request.url).pathname),
  ),
  http.get('*/api/v1/indicators/:id', ({ params, request }) => {
    const indicator = indicators.find((i) => i.id === Number(params.id));
    return indicator ? HttpResponse.json(indicator) : notFound(new URL(request.url).pathname);
  }),
  // Reference data: areas with their boundaries, organisations, risk and protective factors.
  http.get('*/api/v1/areas', () => HttpResponse.json(areaTree)),
  http.get('*/api/v1/areas/boundaries', () =>
    HttpResponse.json(areaBoundaries, { headers: { 'Content-Type': 'application/geo+json' } }),
  ),
  http.get('*/api/v1/organisations', () => HttpResponse.json(page(organisations))),
  http.get('*/api/v1/risk-factors', () => HttpResponse.json(page(riskFactors))),
  http.get('*/api/v1/protective-factors', () => HttpResponse.json(page(protectiveFactors))),
  ...measureHandlers,
  ...analysesHandlers,
  ...reportHandlers,
  ...indicatorFormHandlers,
  http.get('*/api/v1/crime-categories', () => HttpResponse.json(crimeCategoryTree)),
  http.get('*/api/v1/crime-statistics', ({ request }) => {
    const search = new URL(request.url).searchParams;
    const groupBy = search.getAll('groupBy');
    if (groupBy.length === 1 && groupBy[0] === 'area') return HttpResponse.json(crimeStatisticsByArea);
    const split = groupBy.includes('sex') ? 'sex' : groupBy.includes('ageGroup') ? 'ageGroup' : undefined;
    const areas = search.getAll('area');
    const answer = crimeStatisticsSeries(areas.length ? areas : ['1980'], split);
    return HttpResponse.json({ ...answer, measure: search.get('measure') ?? 'count' });
  }),
];
