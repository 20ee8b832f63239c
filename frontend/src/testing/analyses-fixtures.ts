import type {
  Agreement,
  AgreementHistoryEntry,
  AgreementSummary,
  CrimeStatistics,
  SafetyAnalysis,
  SafetyAnalysisHistoryEntry,
  SafetyAnalysisSummary,
} from '@/lib/api/types';

const backby = { id: 101, code: '1980-01', name: 'Bäckby' };
const vasteras = { id: 100, code: '1980', name: 'Västerås' };
const polisen = { id: 20, code: 'polisen', name: { sv: 'Polisen', en: 'Police' } };
const kff = { id: 4, code: 'kultur-idrott-fritid', name: { sv: 'Kultur, idrott och fritid', en: 'Culture, sport and leisure' } };

export const safetyAnalysis: SafetyAnalysis = {
  id: 7,
  version: 2,
  area: backby,
  date: '2025-10-14',
  title: 'Trygghetsanalys Bäckby 2025',
  summary: 'Oron för unga i riskzon kvarstår.',
  factors: [
    {
      kind: 'risk',
      factor: { id: 5, code: 'BROTTSBELASTADE_KAMRATER', level: 'social', name: { sv: 'Brottsbelastade kamrater', en: 'Delinquent peers' } },
      level: 'high',
      trend: 'worsening',
      comment: 'Enligt polisens lägesbild.',
    },
    {
      kind: 'protective',
      factor: { id: 18, code: 'PROSOCIALA_KAMRATER', level: 'social', name: { sv: 'Prosociala kamrater', en: 'Prosocial peers' } },
      level: 'medium',
      trend: 'improving',
      comment: null,
    },
  ],
  placesOfConcern: [{ name: 'Bäckby centrum', description: 'Samlingsplats kvällstid.', latitude: 59.63, longitude: 16.477 }],
  measures: [{ measure: { id: 1, title: 'Fritidsgårdar med förlängda öppettider i Bäckby', status: 'ongoing' }, stage: 'started' }],
  demo: true,
  createdAt: '2025-10-14T00:00:00Z',
  createdBy: 'demo',
  updatedAt: '2025-10-14T00:00:00Z',
  updatedBy: 'demo',
};

export const safetyAnalysisSummaries: SafetyAnalysisSummary[] = [
  {
    id: 7, area: backby, date: '2025-10-14', title: 'Trygghetsanalys Bäckby 2025', factorCount: 2, highRiskCount: 1,
    placeCount: 1, measureCount: 1, demo: true,
  },
];

export const agreement: Agreement = {
  id: 3,
  version: 0,
  type: 'citizenPromise',
  title: 'Medborgarlöfte Västerås 2025',
  description: 'Polisen och Västerås stad lovar invånarna att arbeta för ökad trygghet.',
  area: vasteras,
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  parties: [polisen, kff],
  commitments: [
    {
      id: 31, text: 'Trygghetsvandringar i minst fyra stadsdelar.', responsibleOrganisation: polisen, status: 'fulfilled',
      statusComment: 'Sex vandringar genomförda.', statusUpdatedAt: '2025-07-01T00:00:00Z', statusUpdatedBy: null,
      measures: [{ id: 2, title: 'Trygghetsvandringar i Råby', status: 'ongoing' }], canUpdateStatus: false,
    },
    {
      id: 32, text: 'Bättre belysning på gång- och cykelvägar.', responsibleOrganisation: kff, status: 'ongoing',
      statusComment: null, statusUpdatedAt: null, statusUpdatedBy: null, measures: [], canUpdateStatus: false,
    },
  ],
  forumDecisions: [],
  demo: true,
  canEdit: false,
  createdAt: '2025-01-01T00:00:00Z',
  createdBy: null,
  updatedAt: '2025-01-01T00:00:00Z',
  updatedBy: null,
};

export const agreementSummaries: AgreementSummary[] = [
  {
    id: 3, type: 'citizenPromise', title: 'Medborgarlöfte Västerås 2025', area: vasteras, startDate: '2025-01-01',
    endDate: '2025-12-31', parties: [polisen, kff], commitmentCounts: { notStarted: 0, ongoing: 1, fulfilled: 1, notFulfilled: 0 },
    demo: true,
  },
];

export const districtCrimeTrend: CrimeStatistics = {
  from: '2023-01', to: '2024-12', measure: 'count', groupBy: ['category', 'year'], exact: true, threshold: 3, demo: true,
  areas: [{ code: '1980-01', name: 'Bäckby', parentCode: '1980' }],
  categories: [{ code: 'valdsbrott', name: { sv: 'Våldsbrott', en: 'Violent crime' }, group: true }],
  cells: [
    { area: null, category: 'valdsbrott', period: '2023', sex: null, ageGroup: null, count: 120, value: 120, disclosure: 'exact', suppressed: false,
      suppressionReason: null, population: null, populationYear: null, previous: null, yearEarlier: null },
    { area: null, category: 'valdsbrott', period: '2024', sex: null, ageGroup: null, count: 98, value: 98, disclosure: 'exact', suppressed: false,
      suppressionReason: null, population: null, populationYear: null, previous: null, yearEarlier: null },
  ],
};

/** The analysis's changes, newest first: a factor's level and a place, then the creation. */
export const safetyAnalysisHistory: SafetyAnalysisHistoryEntry[] = [
  {
    id: 12, changedAt: '2025-10-20T08:30:00Z', changedBy: 'samordnare', changedByName: 'Sara Samordnare',
    action: 'updated', version: 2, changedFields: ['title', 'factors', 'placesOfConcern'],
    before: {
      title: 'Trygghetsanalys Bäckby', factors: [{ factor: 'BROTTSBELASTADE_KAMRATER', level: 'medium', trend: 'worsening', comment: null }],
      placesOfConcern: [],
    },
    after: {
      title: 'Trygghetsanalys Bäckby 2025', factors: [{ factor: 'BROTTSBELASTADE_KAMRATER', level: 'high', trend: 'worsening', comment: null }],
      placesOfConcern: [{ name: 'Bäckby centrum', description: 'Samlingsplats kvällstid.', latitude: null, longitude: null }],
    },
  },
  {
    id: 11, changedAt: '2025-10-14T07:00:00Z', changedBy: 'samordnare', changedByName: null,
    action: 'created', version: 0, changedFields: ['title'], before: null, after: { title: 'Trygghetsanalys Bäckby' },
  },
];

/** The agreement's changes, newest first: a follow-up, then a measure linked to a commitment. */
export const agreementHistory: AgreementHistoryEntry[] = [
  {
    id: 22, changedAt: '2025-07-01T12:15:00Z', changedBy: 'samordnare', changedByName: 'Sara Samordnare',
    action: 'commitmentStatusChanged', version: 2, commitmentId: 31, changedFields: ['status', 'statusComment'],
    before: { status: 'ongoing', statusComment: null }, after: { status: 'fulfilled', statusComment: 'Sex vandringar genomförda.' },
  },
  {
    id: 21, changedAt: '2025-03-02T09:05:00Z', changedBy: 'samordnare', changedByName: 'Sara Samordnare',
    action: 'updated', version: 1, commitmentId: null, changedFields: ['commitments'],
    before: {
      commitments: [
        { id: 31, text: 'Trygghetsvandringar i minst fyra stadsdelar.', responsibleOrganisation: 'polisen', status: 'ongoing', statusComment: null, measures: [] },
      ],
    },
    after: {
      commitments: [
        { id: 31, text: 'Trygghetsvandringar i minst fyra stadsdelar.', responsibleOrganisation: 'polisen', status: 'ongoing', statusComment: null, measures: [2] },
      ],
    },
  },
];
