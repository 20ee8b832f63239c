import { http, HttpResponse } from 'msw';
import type { IndicatorInput, IndicatorValueInput } from '@/lib/api/types';
import { areaTree, indicators } from './fixtures';

const areaName = (code: string) =>
  [areaTree.items[0]!, ...areaTree.items[0]!.children].find((area) => area.code === code)?.name ?? code;

/** Recording a value and replacing an indicator: answers as the API does for valid input. */
export const indicatorFormHandlers = [
  http.post('*/api/v1/indicators/:id/values', async ({ params, request }) => {
    const input = (await request.json()) as IndicatorValueInput;
    const indicator = indicators.find((i) => i.id === Number(params.id))!;
    return HttpResponse.json(
      {
        indicator: indicator.code,
        period: input.period,
        area: { code: input.area, name: areaName(input.area), type: input.area === '1980' ? 'municipality' : 'district' },
        sex: input.sex ?? 'total',
        ageGroup: input.ageGroup ?? 'total',
        value: input.value,
        numerator: input.numerator ?? null,
        denominator: input.denominator ?? null,
        status: input.status ?? 'final',
        source: input.source ?? null,
        demo: false,
        updatedAt: '2026-03-01T08:00:00Z',
        updatedBy: 'samordnare',
        outcome: 'created',
      },
      { status: 201 },
    );
  }),
  http.put('*/api/v1/indicators/:id', async ({ params, request }) => {
    const input = (await request.json()) as IndicatorInput;
    const indicator = indicators.find((i) => i.id === Number(params.id))!;
    return HttpResponse.json({
      ...indicator,
      name: input.name,
      description: input.description,
      targets: (input.targets ?? []).map((target) => ({ ...target, demo: false })),
    });
  }),
];
