import { describe, expect, it } from 'vitest';
import { pickedListField } from '@/lib/api/field-errors';
import type { SituationPicture } from '@/lib/api/types';
import { emptyProblem, parseList, pictureFormState, pictureInput } from '../editor-state';

const picture = {
  id: 7,
  version: 3,
  title: 'Lägesbild 2024–2025',
  analysis: null,
  sections: [{ title: 'Polisens lägesbild', text: 'Text', source: null, visibility: 'internal' }],
  problems: [
    {
      id: 70,
      title: 'Öppen narkotikahandel',
      description: null,
      priority: 'high',
      visibility: 'public',
      evidence: { crimeCategories: ['narkotikabrott'], districts: ['d1'], indicators: [12], factors: ['F1'] },
      sexes: ['male'],
      ageGroups: ['15-17', '18-24'],
    },
  ],
} as unknown as SituationPicture;

describe('the lägesbild editor state', () => {
  it('round-trips a picture: indicator ids back to numbers, age groups back to a list, empty texts to null', () => {
    const input = pictureInput(pictureFormState(picture));
    expect(input).toEqual({
      title: 'Lägesbild 2024–2025',
      analysis: '',
      sections: [{ title: 'Polisens lägesbild', text: 'Text', source: null, visibility: 'internal' }],
      problems: [
        {
          title: 'Öppen narkotikahandel',
          description: null,
          priority: 'high',
          visibility: 'public',
          evidence: { crimeCategories: ['narkotikabrott'], districts: ['d1'], indicators: [12], factors: ['F1'] },
          sexes: ['male'],
          ageGroups: ['15-17', '18-24'],
        },
      ],
    });
  });

  it('trims what is typed and starts a new problem internal with no evidence', () => {
    const state = pictureFormState(picture);
    state.title = '  Ny rubrik ';
    state.problems.push({ ...emptyProblem(), title: ' Otrygghet ', ageGroups: ' 65-, ' });
    const added = pictureInput(state).problems[1];
    expect(pictureInput(state).title).toBe('Ny rubrik');
    expect(added).toMatchObject({ title: 'Otrygghet', visibility: 'internal', priority: 'medium', ageGroups: ['65-'] });
    expect(added?.evidence).toEqual({ crimeCategories: [], districts: [], indicators: [], factors: [] });
  });

  it('splits age groups at commas and semicolons, once each', () => {
    expect(parseList('15-17, 18-24;15-17 ,,')).toEqual(['15-17', '18-24']);
    expect(parseList('  ')).toEqual([]);
  });

  it('shows an error at a picked item at its list, and leaves rows and plain fields as they are', () => {
    expect(pickedListField('problems[1].evidence.districts[0]')).toBe('problems[1].evidence.districts');
    expect(pickedListField('actions[0].measures[2]')).toBe('actions[0].measures');
    expect(pickedListField('sections[0]')).toBe('sections[0]');
    expect(pickedListField('problems[0].title')).toBe('problems[0].title');
  });
});
