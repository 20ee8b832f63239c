import type { Factor, ForumDecision, Measure, MeasureHistoryEntry, MeasureSummary, Organisation, ProgressUpdate, MeasureEvaluation } from '@/lib/api/types';

const lt = (sv: string, en: string) => ({ sv, en });

export const organisations: Organisation[] = [
  { id: 4, code: 'kultur-idrott-fritid', name: lt('Kultur-, idrotts- och fritidsförvaltningen', 'Culture, Sports and Recreation Administration'), type: 'office', parentId: null, external: false, governanceLevel: 'operativ' },
  { id: 5, code: 'barn-utbildning', name: lt('Barn- och utbildningsförvaltningen', 'Children and Education Administration'), type: 'office', parentId: null, external: false },
  { id: 12, code: 'polisen', name: lt('Polisen', 'Swedish Police Authority'), type: 'agency', parentId: null, external: true },
  {
    id: 10, code: 'samordningsarenan', name: lt('Samordningsarenan', 'Coordination Arena'), type: 'forum', parentId: null,
    external: false, governanceLevel: 'strategisk',
  },
];

export const riskFactors: Factor[] = [
  { id: 1, code: 'MISSLYCKANDE_I_SKOLAN', level: 'social', name: lt('Misslyckas i skolan', 'Failing at school') },
  { id: 5, code: 'BROTTSBELASTADE_KAMRATER', level: 'social', name: lt('Umgås i brottsbelastade grupper', 'Criminal peers') },
];

export const protectiveFactors: Factor[] = [
  { id: 18, code: 'PROSOCIALA_KAMRATER', level: 'social', name: lt('Umgänge med prosociala kamrater', 'Prosocial friends') },
];

const kff = { id: 4, code: 'kultur-idrott-fritid', name: lt('Kultur-, idrotts- och fritidsförvaltningen', 'Culture, Sports and Recreation Administration') };
const backby = { id: 101, code: '1980-01', name: 'Bäckby' };
const goalTwo = { id: 2, number: 2, title: lt('Mötesplatser och utemiljöer är trygga och säkra', 'Meeting places and outdoor environments are safe') };

export const measureSummaries: MeasureSummary[] = [
  {
    id: 1, title: 'Fritidsgårdar med förlängda öppettider i Bäckby', responsibleOrganisation: kff, goals: [goalTwo],
    districts: [backby], status: 'ongoing', preventionType: 'social', preventionLevel: 'primary',
    startDate: '2025-01-01', endDate: null, published: true, demo: true,
    lastUpdate: { date: '2026-10-01', assessment: 'green' }, needsFollowUp: false, viaCrosswalk: [],
  },
  {
    id: 2, title: 'Grannsamverkan', responsibleOrganisation: kff, goals: [], districts: [],
    status: 'ongoing', preventionType: 'situational', preventionLevel: 'primary',
    startDate: '2023-01-01', endDate: null, published: true, demo: true, lastUpdate: null, needsFollowUp: true,
    viaCrosswalk: [],
  },
];

/** A measure of an earlier policy's goal 2, listed under goal 1 through the crosswalk (only in a list by goal 1). */
const oldGoalTwo = { id: 90, number: 2, title: lt('Tidigare mål 2', 'Earlier goal 2') };
export const crosswalkMeasure: MeasureSummary = {
  id: 3, title: 'Trygghetsvandringar', responsibleOrganisation: kff, goals: [oldGoalTwo], districts: [],
  status: 'ongoing', preventionType: 'situational', preventionLevel: 'primary', startDate: '2024-03-01', endDate: null,
  published: true, demo: true, lastUpdate: null, needsFollowUp: false, viaCrosswalk: [oldGoalTwo],
};

/** A decision of Samordningsarenan the measure carries out. */
export const forumDecision: ForumDecision = {
  id: 5, date: '2026-03-12',
  forum: { id: 10, code: 'samordningsarenan', name: lt('Samordningsarenan', 'Coordination Arena'), governanceLevel: 'strategisk' },
  text: { sv: 'Fritidsgårdarna i Bäckby håller öppet längre på helger.', en: null }, reference: 'SA 2026/4',
  createdAt: '2026-03-13T08:00:00Z', createdBy: 'samordnare',
};

export const measure: Measure = {
  id: 1, version: 3, title: 'Fritidsgårdar med förlängda öppettider i Bäckby',
  description: 'Fritidsgårdarna håller öppet till 23 fredagar och lördagar.',
  responsibleOrganisation: kff, partnerOrganisations: [{ id: 12, code: 'polisen', name: lt('Polisen', 'Swedish Police Authority') }],
  goals: [goalTwo], indicators: [], districts: [backby], targetGroups: ['youngPeople'],
  preventionType: 'social', preventionLevel: 'primary', riskFactors: riskFactors.slice(1, 2),
  protectiveFactors: protectiveFactors, crimeTriangle: ['motivatedOffender'], forumDecisions: [forumDecision],
  knowledgeBasis: null,
  knowledgeLevel: 'experienceBased', status: 'ongoing', startDate: '2025-01-01', endDate: null, budget: 850000,
  published: true, demo: true, lastUpdate: { date: '2026-10-01', assessment: 'green' }, needsFollowUp: false,
  canEdit: true, createdAt: '2025-01-01T08:00:00Z', createdBy: 'redaktor-kff', updatedAt: '2026-10-01T08:00:00Z',
  updatedBy: 'redaktor-kff',
};

export const progressUpdates: ProgressUpdate[] = [
  {
    id: 7, measureId: 1, date: '2026-10-01', text: 'Fler besökare än förra hösten.', assessment: 'green',
    participants: 140, places: null, hours: 320, author: 'redaktor-kff', authorName: 'Kim Redaktör', demo: true,
    createdAt: '2026-10-01T08:00:00Z',
  },
];

export const historyEntries: MeasureHistoryEntry[] = [
  {
    id: 2, changedAt: '2026-09-01T10:00:00Z', changedBy: 'samordnare', changedByName: 'Sara Samordnare',
    action: 'updated', measureVersion: 1, updateId: null, changedFields: ['status'],
    before: { status: 'planned' }, after: { status: 'ongoing' },
  },
];

const month = (i: number) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** A retrospective evaluation of the measure: vandalism in Bäckby against three districts, 2022–2025. */
export const measureEvaluation: MeasureEvaluation = {
  id: 5, measureId: 1, version: 0,
  outcome: { kind: 'crimeCategory', code: 'skadegorelse', name: 'Skadegörelsebrott' },
  targetDistricts: [backby],
  comparisonDistricts: [
    { id: 12, code: '1980-raby', name: 'Råby' },
    { id: 13, code: '1980-hammarby', name: 'Hammarby' },
  ],
  interventionStart: '2024-01', monthsBefore: 24, monthsAfter: 24, beforeFrom: '2022-01', afterTo: '2025-12',
  retrospective: true, frozen: true, canChange: false, demo: true,
  createdAt: '2025-01-01T08:00:00Z', createdBy: 'demo', updatedAt: '2025-01-01T08:00:00Z', updatedBy: 'demo',
  result: {
    model: 'poissonDifferenceInDifferences',
    estimate: {
      relativeChange: -0.18, lower: -0.26, upper: -0.09, coefficient: -0.198, standardError: 0.05, dispersion: 1.2,
      includesNoChange: false,
      sentence: 'minskning med 18 % (95 % intervall 9–26 %) jämfört med jämförelseområdena',
    },
    insufficientData: null, reason: null, from: '2022-01', to: '2025-12', seriesWithheld: false, minimumEvents: 10,
    series: Array.from({ length: 48 }, (_, i) => ({
      month: month(i),
      after: i >= 24,
      target: { count: 12, rate: i >= 24 ? 0.9 : 1.1, disclosure: 'exact' as const },
      comparison: { count: 30, rate: 1.0, disclosure: 'exact' as const },
    })),
  },
};
