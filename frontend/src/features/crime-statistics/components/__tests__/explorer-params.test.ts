import {
  DEFAULT_PARAMS,
  mapQuery,
  parseExplorerParams,
  seriesQuery,
  toSearchParams,
  type ExplorerParams,
} from '../explorer-params';

describe('Explorer parameters in the address', () => {
  it('survive a round trip through the search params unchanged', () => {
    const params: ExplorerParams = {
      from: '2024-01',
      to: '2024-12',
      categories: ['valdsbrott', 'skadegorelse'],
      areas: ['1980-centrum', '1980-backby'],
      measure: 'ratePer100k',
      split: 'ageGroup',
      interval: 'quarter',
    };
    const search = toSearchParams(params);
    expect(search.toString()).toBe(
      'from=2024-01&to=2024-12&category=valdsbrott&category=skadegorelse&area=1980-centrum&area=1980-backby&measure=ratePer100k&split=ageGroup&interval=quarter',
    );
    expect(parseExplorerParams(new URLSearchParams(search.toString()))).toEqual(params);
  });

  it('leave defaults out of the address, and read nonsense as the default', () => {
    expect(toSearchParams(DEFAULT_PARAMS).toString()).toBe('');
    expect(
      parseExplorerParams(new URLSearchParams('from=2024-13&to=last&measure=perCapita&split=colour&interval=week&area=1980')),
    ).toEqual(DEFAULT_PARAMS);
  });

  it('ask for the chosen areas per period, and for every district on the map', () => {
    const params = parseExplorerParams(new URLSearchParams('category=valdsbrott&split=sex'));
    expect(seriesQuery(params)).toEqual({
      category: ['valdsbrott'],
      area: ['1980'],
      groupBy: ['area', 'month', 'sex'],
      measure: 'count',
    });
    // The map compares districts of different size, so a count becomes a rate there.
    expect(mapQuery(params)).toEqual({ category: ['valdsbrott'], groupBy: ['area'], measure: 'ratePer1000' });
  });
});
