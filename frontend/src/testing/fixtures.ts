import type {
  AreaBoundaryCollection,
  AreaTree,
  CrimeCategoryTree,
  CrimeStatistics,
  CrimeStatisticsCell,
  CrimeStatisticsImport,
  Goal,
  Indicator,
  IndicatorObservation,
  IndicatorSeries,
  IndicatorValues,
  Policy,
} from '@/lib/api/types';

const lt = (sv: string, en: string) => ({ sv, en });

export const policy: Policy = {
  id: 1,
  code: '2020-2025',
  title: lt(
    'Policy för trygghetsskapande och brottsförebyggande arbete',
    'Policy for safety-creating and crime-preventive work',
  ),
  validFrom: 2020,
  validTo: 2025,
  adoptedBy: 'Kommunfullmäktige',
  status: 'adopted',
  version: 0,
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  current: true,
  predecessorId: null,
  decision: null,
  goals: [],
};

const goalTexts: [string, string, number[]][] = [
  ['Invånarna känner delaktighet och tillit', 'Residents feel participation and trust', [16, 11]],
  ['Mötesplatser och utemiljöer är trygga och säkra', 'Meeting places and outdoor environments are safe', [11]],
  ['Narkotika och langning bekämpas', 'Narcotics and dealing are fought', [3, 16]],
  ['Barn och unga är trygga i skolan', 'Children and young people are safe at school', [4]],
  ['Det brottsliga våldet bekämpas', 'Violent crime is fought', [16]],
  ['God samverkan med myndigheter, näringsliv och civilsamhälle', 'Good collaboration with authorities, business and civil society', [16, 8]],
];

export const indicators: Indicator[] = [
  {
    id: 11,
    code: 'TRUST',
    name: lt('Andel som känner tillit till andra', 'Share who trust other people'),
    description: lt(
      'Andel invånare 16–84 år som anser att man kan lita på de flesta människor.',
      'Share of residents aged 16–84 who think most people can be trusted.',
    ),
    unit: 'percent',
    direction: 'higherIsBetter',
    source: 'kolada',
    sourceReference: 'U01405',
    frequency: 'yearly',
    disaggregations: ['sex', 'ageGroup'],
    ageGroups: ['18-24', '25-44'],
    baseline: { period: '2019', value: 60, demo: true },
    targets: [{ year: 2025, value: 66, demo: true }],
    freshness: { latestPeriod: '2025', lastUpdated: '2026-01-15T07:00:00Z', demo: true },
    owner: { id: 3, code: 'HBE', name: lt('Hållbarhetsenheten', 'Sustainability unit') },
    goals: [{ id: 1, number: 1, title: lt(goalTexts[0]![0], goalTexts[0]![1]) }],
    policies: [],
  },
  {
    id: 12,
    code: 'VANDALISM',
    name: lt('Anmälda skadegörelsebrott', 'Reported vandalism'),
    description: lt(
      'Anmälda skadegörelsebrott, inklusive klotter, per 100 000 invånare.',
      'Reported vandalism, graffiti included, per 100 000 inhabitants.',
    ),
    unit: 'ratePer100k',
    direction: 'lowerIsBetter',
    source: 'bra',
    sourceReference: null,
    frequency: 'yearly',
    disaggregations: ['area'],
    ageGroups: [],
    baseline: null,
    targets: [],
    freshness: { latestPeriod: null, lastUpdated: null, demo: false },
    owner: null,
    goals: [
      { id: 1, number: 1, title: lt(goalTexts[0]![0], goalTexts[0]![1]) },
      { id: 2, number: 2, title: lt(goalTexts[1]![0], goalTexts[1]![1]) },
    ],
    policies: [],
  },
  {
    id: 13,
    code: 'DRUGS',
    name: lt('Anmälda narkotikabrott', 'Reported drug crimes'),
    description: lt('Anmälda narkotikabrott per 100 000 invånare.', 'Reported drug crimes per 100 000 inhabitants.'),
    unit: 'ratePer100k',
    direction: 'lowerIsBetter',
    source: 'police',
    sourceReference: null,
    frequency: 'monthly',
    disaggregations: ['area', 'sex', 'ageGroup'],
    ageGroups: ['15-17'],
    baseline: null,
    targets: [],
    freshness: { latestPeriod: null, lastUpdated: null, demo: false },
    owner: null,
    goals: [{ id: 3, number: 3, title: lt(goalTexts[2]![0], goalTexts[2]![1]) }],
    policies: [],
  },
];

/** An indicator as a goal lists it: its policy's figures are the indicator's own here. */
const brief = ({ id, code, name, unit, direction, baseline, targets }: Indicator) =>
  ({ id, code, name, unit, direction, baseline, targets, carriedOverFrom: null });

export const goals: Goal[] = goalTexts.map(([sv, en, sdgs], index) => {
  const id = index + 1;
  return {
    id,
    policyId: 1,
    number: id,
    title: lt(sv, en),
    description: lt(
      `${sv}. Beskrivning av mål ${id} som är tillräckligt lång för att behöva kortas av på översikten, eftersom den fortsätter med flera meningar om vad kommunen och dess parter gör tillsammans för att nå målet under policyperioden.`,
      `${en}. Description of goal ${id} long enough to be shortened on the overview, since it goes on with several sentences about what the municipality and its partners do together to reach the goal during the policy period.`,
    ),
    sdgs,
    targets: [],
    indicators: indicators.filter((indicator) => indicator.goals.some((g) => g.id === id)).map(brief),
    // goal 1 lists one measure through the crosswalk (crosswalkMeasure in measures-fixtures)
    measures: id === 1 ? { total: 1, linked: 0, viaCrosswalk: 1 }
      : { total: id === 2 ? 1 : 0, linked: id === 2 ? 1 : 0, viaCrosswalk: 0 },
  };
});

export const areaTree: AreaTree = {
  year: 2024,
  years: [2022, 2023, 2024],
  items: [
    {
      id: 100,
      code: '1980',
      name: 'Västerås',
      type: 'municipality',
      parentId: null,
      population: { total: 3500, female: 1760, male: 1740, demo: true, ageGroups: [] },
      children: [
        {
          id: 101,
          code: '1980-01',
          name: 'Bäckby',
          type: 'district',
          parentId: 100,
          population: { total: 2000, female: 1010, male: 990, demo: true, ageGroups: [] },
          children: [],
        },
        {
          id: 102,
          code: '1980-02',
          name: 'Skultuna',
          type: 'locality',
          parentId: 100,
          population: { total: 1500, female: 750, male: 750, demo: true, ageGroups: [] },
          children: [],
        },
      ],
    },
  ],
};

const square = (west: number, south: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, south],
      [west + 0.02, south],
      [west + 0.02, south + 0.01],
      [west, south + 0.01],
      [west, south],
    ],
  ],
});

/** Schematic demo boundaries of the fixture tree's children (Bäckby and Skultuna). */
export const areaBoundaries: AreaBoundaryCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: '1980-01',
      properties: { code: '1980-01', name: 'Bäckby', type: 'district', demo: true },
      geometry: square(16.5, 59.6),
    },
    {
      type: 'Feature',
      id: '1980-02',
      properties: { code: '1980-02', name: 'Skultuna', type: 'locality', demo: true },
      geometry: square(16.45, 59.7),
    },
  ],
};

const observation = (period: string, value: number): IndicatorObservation => ({
  period,
  value,
  disclosure: 'exact',
  numerator: null,
  denominator: null,
  status: 'final',
  source: 'Demo',
  demo: true,
  updatedAt: '2026-01-15T07:00:00Z',
});

const series = (
  area: IndicatorSeries['area'],
  sex: IndicatorSeries['sex'],
  values: [string, number][],
  status: IndicatorSeries['status'],
): IndicatorSeries => {
  const observations = values.map(([period, value]) => observation(period, value));
  const latest = observations[observations.length - 1]!;
  const previous = observations[observations.length - 2];
  return {
    area,
    sex,
    ageGroup: 'total',
    demo: true,
    latest,
    previousPeriod: previous?.period ?? null,
    changeFromPrevious: previous ? latest.value! - previous.value! : null,
    changeFromBaseline: latest.value! - 60,
    target: { year: 2025, value: 66, demo: true },
    targetFrom: 'policy',
    status,
    observations,
  };
};

const vasteras = { code: '1980', name: 'Västerås', type: 'municipality' as const };
const centrum = { code: '1980-centrum', name: 'Centrum', type: 'district' as const };

/** The series of TRUST (id 11): Västerås in total, by sex, and one district. */
export const trustSeries: IndicatorSeries[] = [
  series(vasteras, 'total', [['2023', 62.5], ['2024', 63.4], ['2025', 64.1]], 'atRisk'),
  series(vasteras, 'female', [['2023', 63.5], ['2024', 64.4], ['2025', 65.2]], 'onTrack'),
  series(vasteras, 'male', [['2023', 61.5], ['2024', 62.4], ['2025', 62.9]], 'offTrack'),
  series(centrum, 'total', [['2023', 58.0], ['2024', 58.5], ['2025', 59.1]], 'offTrack'),
];

export const indicatorValues = (id: number, filter: URLSearchParams): IndicatorValues => {
  const indicator = indicators.find((i) => i.id === id)!;
  const wanted = trustSeries.filter(
    (s) =>
      (!filter.get('area') || s.area.code === filter.get('area')) &&
      (!filter.get('sex') || s.sex === filter.get('sex')) &&
      (!filter.get('ageGroup') || s.ageGroup === filter.get('ageGroup')),
  );
  const items = id === 11 ? wanted : [];
  return {
    indicator: { id, code: indicator.code, name: indicator.name, unit: indicator.unit, direction: indicator.direction },
    frequency: indicator.frequency,
    baseline: indicator.baseline,
    targets: indicator.targets,
    // the policy in force sets what the indicator's own figures say (as the demo data's do)
    judgedAgainst: {
      day: '2026-03-15',
      policyId: 1,
      policyCode: '2020-2025',
      baseline: indicator.baseline,
      baselineFrom: indicator.baseline ? 'policy' : null,
      policyTargets: indicator.targets,
    },
    freshness: indicator.freshness,
    demo: items.length > 0,
    series: items,
  };
};
// Crime statistics ----------------------------------------------------------------------------

export const crimeCategoryTree: CrimeCategoryTree = {
  items: [
    {
      id: 1,
      code: 'brott-mot-person',
      name: lt('Brott mot person', 'Crimes against the person'),
      parentCode: null,
      validFrom: '2015-01',
      validTo: null,
      children: [
        {
          id: 2,
          code: 'misshandel',
          name: lt('Misshandel', 'Assault'),
          parentCode: 'brott-mot-person',
          validFrom: '2015-01',
          validTo: null,
          children: [],
        },
        {
          id: 3,
          code: 'ran',
          name: lt('Rån', 'Robbery'),
          parentCode: 'brott-mot-person',
          validFrom: '2015-01',
          validTo: null,
          children: [],
        },
      ],
    },
    {
      id: 10,
      code: 'skadegorelse',
      name: lt('Skadegörelse', 'Vandalism'),
      parentCode: null,
      validFrom: '2015-01',
      validTo: null,
      children: [],
    },
  ],
  groups: [
    {
      id: 40,
      code: 'valdsbrott',
      name: lt('Våldsbrott', 'Violent crime'),
      description: lt('Anmälda våldsbrott som Kolada räknar dem (N07403).', 'Reported violent crime as Kolada counts it (N07403).'),
      sourceReference: 'N07403',
      members: ['misshandel', 'ran'],
    },
  ],
};

const crimeAreas = [
  { code: '1980', name: 'Västerås', parentCode: null },
  { code: '1980-01', name: 'Bäckby', parentCode: '1980' },
  { code: '1980-02', name: 'Skultuna', parentCode: '1980' },
];

const figure = (period: string, count: number | null) => ({
  period,
  count,
  value: count,
  disclosure: count === null ? ('suppressed' as const) : count === 0 ? ('exact' as const) : ('perturbed' as const),
  suppressed: count === null,
  suppressionReason: count === null ? ('smallCount' as const) : null,
});

/** A cell as the API answers it for an anonymous caller: `count` null when suppressed. */
export const crimeCell = (
  cell: Partial<CrimeStatisticsCell> & Pick<CrimeStatisticsCell, 'count'>,
): CrimeStatisticsCell => ({
  area: '1980',
  category: null,
  period: null,
  sex: null,
  ageGroup: null,
  value: cell.count,
  disclosure: cell.count === null ? 'suppressed' : cell.count === 0 ? 'exact' : 'perturbed',
  suppressed: cell.count === null,
  suppressionReason: cell.count === null ? 'smallCount' : null,
  population: null,
  populationYear: null,
  previous: null,
  yearEarlier: null,
  ...cell,
});

/** Three demo months for the municipality and Bäckby, where Bäckby's February is below 3. */
export function crimeStatisticsSeries(areas: string[] = ['1980'], split?: 'sex' | 'ageGroup'): CrimeStatistics {
  const months = ['2025-01', '2025-02', '2025-03'];
  const splits = split === 'sex' ? ['female', 'male'] : split === 'ageGroup' ? ['15-17', '65plus'] : [null];
  const cells = areas.flatMap((area, a) =>
    months.flatMap((month, m) =>
      splits.map((s, i) => {
        const suppressed = area === '1980-01' && month === '2025-02';
        const count = suppressed ? null : 120 - 40 * a + 10 * m + i;
        return crimeCell({
          area,
          period: month,
          sex: split === 'sex' ? s : null,
          ageGroup: split === 'ageGroup' ? s : null,
          count,
          previous: figure(m === 0 ? '2024-12' : months[m - 1]!, m === 0 ? 100 : 120 - 40 * a + 10 * (m - 1) + i),
          yearEarlier: figure(month.replace('2025', '2024'), 0),
        });
      }),
    ),
  );
  return {
    from: '2025-01',
    to: '2025-03',
    measure: 'count',
    groupBy: ['area', 'month', ...(split ? [split] : [])],
    exact: false,
    threshold: 3,
    demo: true,
    areas: crimeAreas.filter((area) => areas.includes(area.code)),
    categories: crimeCategoryTree.groups.map(({ code, name }) => ({ code, name, group: true })),
    cells,
  };
}

/** Per area over the whole period, as rates: Skultuna suppressed. */
export const crimeStatisticsByArea: CrimeStatistics = {
  from: '2025-01',
  to: '2025-03',
  measure: 'ratePer1000',
  groupBy: ['area'],
  exact: false,
  threshold: 3,
  demo: true,
  areas: crimeAreas,
  categories: [],
  cells: [
    crimeCell({ area: '1980', count: 350, value: 100, population: 3500, populationYear: 2024 }),
    crimeCell({ area: '1980-01', count: 300, value: 150, population: 2000, populationYear: 2024 }),
    crimeCell({ area: '1980-02', count: null }),
  ],
};

/** An import job as it is answered, with `overrides`. */
export const crimeImportJob = (overrides: Partial<CrimeStatisticsImport> = {}): CrimeStatisticsImport => ({
  id: 17,
  state: 'queued',
  source: 'hallbarhetsenheten',
  dryRun: true,
  mode: 'all-or-nothing',
  createdBy: 'samordnare',
  createdAt: '2026-01-12T08:15:02Z',
  startedAt: null,
  finishedAt: null,
  rowsExpected: 3,
  rowsRead: 0,
  progress: 0,
  months: [],
  report: null,
  detail: null,
  ...overrides,
});
