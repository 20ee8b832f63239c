import { describe, expect, it } from 'vitest';
import type { ActionPlan } from '@/lib/api/types';
import { emptyAction, emptyConsultation, planField, planFormState, planInput } from '../plan-state';

const name = { sv: 'x', en: 'x' };
const plan = {
  id: 3,
  version: 1,
  title: 'Åtgärdsplan 2026–2027',
  actions: [
    {
      id: 30,
      title: 'Fler trygghetsvandringar',
      description: null,
      problems: [{ id: 70, title: 'P' }],
      organisations: [{ id: 1, code: 'polisen', name }],
      measures: [{ id: 5, title: 'M' }],
      from: '2026-01-01',
      to: null,
      resultIndicator: { id: 12, code: 'I', name, unit: 'percent', direction: 'lowerIsBetter' },
      resultCrimeCategory: null,
      effects: [],
    },
    {
      id: 31,
      title: 'Kampanj',
      description: 'Om trygghet',
      problems: [],
      organisations: [],
      measures: [],
      from: null,
      to: null,
      resultIndicator: null,
      resultCrimeCategory: 'narkotikabrott',
      effects: [],
    },
  ],
  consultations: [{ date: '2026-01-10', parties: [{ id: 1, code: 'polisen', name }], summary: 'Samråd' }],
} as unknown as ActionPlan;

describe('the action plan editor state', () => {
  it('round-trips a plan: links back to ids and codes, the one result select back to an indicator or a crime category', () => {
    const input = planInput(9, planFormState(plan));
    expect(input.situationPicture).toBe(9);
    expect(input.actions).toEqual([
      {
        title: 'Fler trygghetsvandringar',
        description: null,
        problems: [70],
        organisations: ['polisen'],
        measures: [5],
        from: '2026-01-01',
        to: null,
        resultIndicator: 12,
        resultCrimeCategory: null,
      },
      {
        title: 'Kampanj',
        description: 'Om trygghet',
        problems: [],
        organisations: [],
        measures: [],
        from: null,
        to: null,
        resultIndicator: null,
        resultCrimeCategory: 'narkotikabrott',
      },
    ]);
    expect(input.consultations).toEqual([{ date: '2026-01-10', parties: ['polisen'], summary: 'Samråd' }]);
  });

  it('sends a new action with no result and a consultation without a date as absent, for the API to name', () => {
    const state = planFormState(plan);
    state.actions.push({ ...emptyAction(), title: 'Ny' });
    state.consultations.push(emptyConsultation());
    const input = planInput(9, state);
    expect(input.actions?.[2]).toMatchObject({ resultIndicator: null, resultCrimeCategory: null, problems: [] });
    expect(input.consultations?.[1]?.date).toBeUndefined();
  });

  it('shows the result figure errors at the one result select and picked items at their lists', () => {
    expect(planField('actions[1].resultIndicator')).toBe('actions[1].result');
    expect(planField('actions[1].resultCrimeCategory')).toBe('actions[1].result');
    expect(planField('actions[0].problems[3]')).toBe('actions[0].problems');
    expect(planField('consultations[0].parties[1]')).toBe('consultations[0].parties');
  });
});
