// Names for the generated contract types of the status report; nothing here is written by hand.
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Report = Schemas['Report'];
export type ReportSummary = Schemas['ReportSummary'];
export type ReportPage = Schemas['ReportPage'];
export type ReportSections = Schemas['ReportSections'];
export type ReportContent = Schemas['ReportContent'];
export type ReportIndicator = Schemas['ReportIndicator'];
export type ReportCount = Schemas['ReportCount'];
export type ReportTrend = Schemas['ReportTrend'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportHistoryEntry = Schemas['ReportHistoryEntry'];
export type CrimeStatistics = Schemas['CrimeStatistics'];
export type CrimeStatisticsCell = Schemas['CrimeStatisticsCell'];
export type CrimeFigure = Schemas['CrimeFigure'];
export type IndicatorStatus = Schemas['IndicatorStatus'];
