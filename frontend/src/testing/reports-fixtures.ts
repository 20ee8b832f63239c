import type { components } from '@/lib/api/schema';
import { crimeCell, crimeStatisticsByArea, goals, trustSeries } from './fixtures';
import { measureSummaries } from './measures-fixtures';

type Report = components['schemas']['Report'];
type ReportSummary = components['schemas']['ReportSummary'];
type ReportHistoryPage = components['schemas']['ReportHistoryPage'];

const lt = (sv: string, en: string) => ({ sv, en });

/** A draft for 2025H2: every goal, TILLIT under goal 1, crime by area with Skultuna hidden, measures. */
export const draftReport: Report = {
  id: 7,
  kind: 'halfYear',
  period: '2025H2',
  status: 'draft',
  version: 2,
  sections: { narrative: 'Året i korthet.', situation: '', actionPlan: 'Fler fältassistenter.' },
  createdAt: '2026-01-10T09:00:00Z',
  createdBy: 'samordnare',
  updatedAt: '2026-01-11T09:00:00Z',
  updatedBy: 'samordnare',
  approvedAt: null,
  approvedBy: null,
  exact: false,
  content: {
    contentVersion: 1,
    period: '2025H2',
    from: '2025-07',
    to: '2025-12',
    builtAt: '2026-01-12T10:00:00Z',
    goals: goals.map((goal) => ({
      goal: { id: goal.id, number: goal.number, title: goal.title },
      indicators: goal.indicators.map((indicator) => ({
        indicator,
        frequency: 'yearly' as const,
        baseline: { period: '2019', value: 60, demo: true },
        trend: 'improving' as const,
        series: trustSeries[0] ?? null,
      })),
    })),
    crime: {
      byDistrict: { ...crimeStatisticsByArea, measure: 'count' },
      bySex: {
        ...crimeStatisticsByArea, measure: 'count', groupBy: ['sex'],
        cells: [crimeCell({ sex: 'female', count: 120, value: 120 }), crimeCell({ sex: 'male', count: 200, value: 200 })],
      },
      byAgeGroup: {
        ...crimeStatisticsByArea, measure: 'count', groupBy: ['ageGroup'],
        cells: [crimeCell({ ageGroup: '65plus', count: 30, value: 30 })],
      },
    },
    measures: {
      total: 2,
      byStatus: [
        { key: 'planned', label: lt('Planerad', 'Planned'), count: 0 },
        { key: 'ongoing', label: lt('Pågående', 'Ongoing'), count: 2 },
      ],
      byGoal: goals.map((goal) => ({ key: String(goal.number), label: goal.title, count: goal.number === 2 ? 2 : 0 })),
      byPreventionType: [{ key: 'social', label: lt('Social prevention', 'Social prevention'), count: 2 }],
      byPreventionLevel: [{ key: 'primary', label: lt('Primär', 'Primary'), count: 2 }],
      lackingUpdates: measureSummaries.filter((m) => m.needsFollowUp),
    },
    agreements: {
      commitmentCounts: { notStarted: 1, ongoing: 1, fulfilled: 0, notFulfilled: 0 },
      items: [
        {
          agreement: {
            id: 3, type: 'citizenPromise', title: 'Medborgarlöfte Bäckby 2025', area: { id: 5, code: '1980-backby', name: 'Bäckby' },
            startDate: '2025-01-01', endDate: '2025-12-31',
            parties: [{ id: 9, code: 'polisen', name: lt('Polisen', 'The police') }],
            commitmentCounts: { notStarted: 1, ongoing: 1, fulfilled: 0, notFulfilled: 0 }, demo: true,
          },
          commitments: [
            { id: 31, text: 'Polisen genomför trygghetsvandringar varje kvartal.', status: 'ongoing',
              responsibleOrganisation: { id: 9, code: 'polisen', name: lt('Polisen', 'The police') },
              statusComment: 'Två av fyra genomförda.', statusUpdatedAt: '2025-10-01T08:00:00Z' },
            { id: 32, text: 'Staden förbättrar belysningen vid gångvägar.', status: 'notStarted',
              responsibleOrganisation: { id: 4, code: 'kultur-idrott-fritid', name: lt('Kultur-, idrotts- och fritidsförvaltningen', 'Culture, sports and leisure') },
              statusComment: null, statusUpdatedAt: null },
          ],
        },
      ],
    },
    safetyAnalyses: [
      { id: 8, area: { id: 5, code: '1980-backby', name: 'Bäckby' }, date: '2025-10-01', title: 'Trygghetsanalys Bäckby 2025',
        factorCount: 6, highRiskCount: 2, placeCount: 3, measureCount: 4, demo: true },
    ],
    evaluations: [
      { measureId: 12, measureTitle: 'Insatser mot öppen narkotikahandel i Kristiansborg',
        outcome: lt('Narkotikabrott', 'Drug offences'), retrospective: true,
        estimate: { relativeChange: -0.18, lower: -0.26, upper: -0.09, coefficient: null, standardError: null,
          dispersion: null, includesNoChange: false,
          sentence: 'minskning med 18 % (95 % intervall 9–26 %) jämfört med jämförelseområdena' },
        insufficientData: null,
        sentence: lt('minskning med 18 % (95 % intervall 9–26 %) jämfört med jämförelseområdena',
          'a decrease of 18 % (95 % interval 9–26 %) compared with the comparison districts') },
    ],
  },
  conclusions: null,
  evaluation: null,
};

export const approvedReport: Report = {
  ...draftReport,
  id: 6,
  period: '2025H1',
  status: 'approved',
  version: 3,
  approvedAt: '2025-09-01T08:00:00Z',
  approvedBy: 'samordnare',
};

export const reportSummaries: ReportSummary[] = [draftReport, approvedReport].map(
  ({ id, kind, period, status, createdAt, createdBy, updatedAt, approvedAt, approvedBy }) => ({
    id, kind, period, status, createdAt, createdBy, updatedAt, approvedAt, approvedBy,
  }),
);

/** The draft's history: created empty, then its texts written. */
export const draftReportHistory: ReportHistoryPage = {
  items: [
    {
      id: 12,
      changedAt: '2026-01-11T09:00:00Z',
      changedBy: 'samordnare',
      changedByName: 'Sara Samordnare',
      action: 'updated',
      version: 2,
      changedFields: ['narrative', 'actionPlan'],
      before: { period: '2025H2', status: 'draft', narrative: '', situation: '', actionPlan: '' },
      after: {
        period: '2025H2', status: 'draft', narrative: 'Året i korthet.', situation: '', actionPlan: 'Fler fältassistenter.',
      },
    },
    {
      id: 11,
      changedAt: '2026-01-10T09:00:00Z',
      changedBy: 'samordnare',
      changedByName: 'Sara Samordnare',
      action: 'created',
      version: 0,
      changedFields: ['period', 'status'],
      before: null,
      after: { period: '2025H2', status: 'draft', narrative: '', situation: '', actionPlan: '' },
    },
  ],
  total: 2,
  limit: 500,
  offset: 0,
};

/** The draft evaluation of 2020–2025: every goal, TILLIT met, violent crime per year, distinct measures. */
export const draftEvaluation: Report = {
  ...draftReport,
  id: 9,
  kind: 'evaluation',
  period: '2020-2025',
  version: 0,
  content: null,
  conclusions: { overall: '', goals: [] },
  evaluation: {
    contentVersion: 1,
    period: '2020-2025',
    policyId: 1,
    from: '2020-01',
    to: '2025-12',
    builtAt: '2026-12-02T10:00:00Z',
    goals: goals.map((goal) => ({
      goal: { id: goal.id, number: goal.number, title: goal.title },
      indicators: goal.indicators.map((indicator) => ({
        indicator,
        frequency: 'yearly' as const,
        baseline: { period: '2019', value: 60, demo: true },
        targets: [{ year: 2025, value: 65, demo: true }],
        targetOutcome: 'met' as const,
        series: trustSeries[0] ?? null,
      })),
    })),
    crime: {
      byCategory: {
        ...crimeStatisticsByArea, measure: 'count', groupBy: ['category', 'year'],
        categories: [{ code: 'valdsbrott', name: lt('Våldsbrott', 'Violent crime'), group: true }],
        cells: [crimeCell({ category: 'valdsbrott', period: '2020', count: 410, value: 410 }),
          crimeCell({ category: 'valdsbrott', period: '2021', count: 380, value: 380 }),
          crimeCell({ category: 'valdsbrott', period: '2022', count: null, value: null })],
      },
      byDistrict: { ...crimeStatisticsByArea, measure: 'count' },
      bySex: {
        ...crimeStatisticsByArea, measure: 'count', groupBy: ['sex', 'year'],
        cells: [crimeCell({ sex: 'female', period: '2020', count: 150, value: 150 }),
          crimeCell({ sex: 'notRecorded', period: '2020', count: 90, value: 90 })],
      },
      byAgeGroup: {
        ...crimeStatisticsByArea, measure: 'count', groupBy: ['ageGroup', 'year'],
        cells: [crimeCell({ ageGroup: '65plus', period: '2020', count: 20, value: 20 })],
      },
    },
    measures: {
      total: 3,
      byStatus: [{ key: 'ongoing', label: lt('Pågående', 'Ongoing'), count: 3 }],
      byPreventionType: [{ key: 'social', label: lt('Social prevention', 'Social prevention'), count: 3 }],
      byPreventionLevel: [{ key: 'primary', label: lt('Primär', 'Primary'), count: 3 }],
      byOrganisation: [{ key: 'polisen', label: lt('Polisen', 'The police'), count: 3 }],
    },
    agreements: { total: 2, commitmentCounts: { notStarted: 1, ongoing: 2, fulfilled: 3, notFulfilled: 0 } },
    evaluations: [],
  },
};
