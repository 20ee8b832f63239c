import { config } from '@/config';
import type { CrimeStatisticsQuery } from '../api/get-crime-statistics';

/** Code of the municipality, the default area: the whole municipality. */
export const MUNICIPALITY = config.municipalityCode;

export const MEASURES = ['count', 'ratePer1000', 'ratePer100k'] as const;
export const SPLITS = ['none', 'sex', 'ageGroup'] as const;
export const INTERVALS = ['month', 'quarter', 'halfYear', 'year'] as const;

export type Measure = (typeof MEASURES)[number];
export type Split = (typeof SPLITS)[number];
export type Interval = (typeof INTERVALS)[number];

/** What the explorer shows; every part lives in the address so a view can be shared. */
export interface ExplorerParams {
  /** First month `YYYY-MM`; undefined: the API's default (12 months up to the latest with figures). */
  from?: string;
  /** Last month `YYYY-MM`; undefined: the latest month with figures. */
  to?: string;
  /** Category and group codes; empty: every crime (the top categories). */
  categories: string[];
  /** Area codes; empty: the whole municipality. */
  areas: string[];
  measure: Measure;
  split: Split;
  interval: Interval;
}

export const DEFAULT_PARAMS: ExplorerParams = {
  categories: [],
  areas: [],
  measure: 'count',
  split: 'none',
  interval: 'month',
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CODE = /^[\p{L}\p{N}_-]{1,64}$/u;

export const isMonth = (value: string | null | undefined): value is string => !!value && MONTH.test(value);

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

const codes = (values: string[]) => [...new Set(values.filter((value) => CODE.test(value)))];

/** Reads the explorer's state from the address; anything unreadable falls back to the default. */
export function parseExplorerParams(search: URLSearchParams): ExplorerParams {
  const from = search.get('from');
  const to = search.get('to');
  const areas = codes(search.getAll('area'));
  return {
    ...(isMonth(from) ? { from } : {}),
    ...(isMonth(to) ? { to } : {}),
    categories: codes(search.getAll('category')),
    // Only the municipality is the same as the default: keep one spelling of it.
    areas: areas.length === 1 && areas[0] === MUNICIPALITY ? [] : areas,
    measure: oneOf(MEASURES, search.get('measure'), DEFAULT_PARAMS.measure),
    split: oneOf(SPLITS, search.get('split'), DEFAULT_PARAMS.split),
    interval: oneOf(INTERVALS, search.get('interval'), DEFAULT_PARAMS.interval),
  };
}

/** Writes the explorer's state to search params, leaving out what is the default. */
export function toSearchParams(params: ExplorerParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  params.categories.forEach((code) => search.append('category', code));
  params.areas.forEach((code) => search.append('area', code));
  if (params.measure !== DEFAULT_PARAMS.measure) search.set('measure', params.measure);
  if (params.split !== DEFAULT_PARAMS.split) search.set('split', params.split);
  if (params.interval !== DEFAULT_PARAMS.interval) search.set('interval', params.interval);
  return search;
}

/** The areas the figures are asked for: the chosen ones, or the whole municipality. */
export const chosenAreas = (params: ExplorerParams) => (params.areas.length ? params.areas : [MUNICIPALITY]);

/** The question behind the chart and the table: per area and period, split as chosen. */
export function seriesQuery(params: ExplorerParams): CrimeStatisticsQuery {
  return {
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.categories.length ? { category: params.categories } : {}),
    area: chosenAreas(params),
    groupBy: ['area', params.interval, ...(params.split === 'none' ? [] : [params.split])],
    measure: params.measure,
  };
}

/** The measure the map is coloured by: a rate, so districts of different size compare. */
export const mapMeasure = (measure: Measure): Exclude<Measure, 'count'> =>
  measure === 'count' ? 'ratePer1000' : measure;

/**
 * The question behind the map (and the district picker): the whole period per area. Without
 * `area` the API answers the municipality and every district and locality.
 */
export function mapQuery(params: ExplorerParams): CrimeStatisticsQuery {
  return {
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.categories.length ? { category: params.categories } : {}),
    groupBy: ['area'],
    measure: mapMeasure(params.measure),
  };
}
