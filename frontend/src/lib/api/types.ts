// Names for the generated contract types; nothing here is written by hand.
import type { components } from './schema';

type Schemas = components['schemas'];

export type LocalizedText = Schemas['LocalizedText'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type Policy = Schemas['Policy'];
export type Goal = Schemas['Goal'];
export type GoalSummary = Schemas['GoalSummary'];
export type Indicator = Schemas['Indicator'];
export type IndicatorSummary = Schemas['IndicatorSummary'];
export type IndicatorUnit = Schemas['IndicatorUnit'];
export type IndicatorDirection = Schemas['IndicatorDirection'];
export type AreaTree = Schemas['AreaTree'];
export type Area = Schemas['Area'];
export type Population = Schemas['Population'];
export type Me = Schemas['Me'];
export type Measure = Schemas['Measure'];
export type MeasureSummary = Schemas['MeasureSummary'];
export type MeasurePage = Schemas['MeasurePage'];
export type MeasureInput = Schemas['MeasureInput'];
export type MeasureStatus = Schemas['MeasureStatus'];
export type MeasureStatusCounts = Schemas['MeasureStatusCounts'];
export type PreventionType = Schemas['PreventionType'];
export type PreventionLevel = Schemas['PreventionLevel'];
export type TargetGroup = Schemas['TargetGroup'];
export type CrimeTriangleSide = Schemas['CrimeTriangleSide'];
export type KnowledgeLevel = Schemas['KnowledgeLevel'];
export type Assessment = Schemas['Assessment'];
export type ProgressUpdate = Schemas['ProgressUpdate'];
export type ProgressUpdateInput = Schemas['ProgressUpdateInput'];
export type MeasureHistoryEntry = Schemas['MeasureHistoryEntry'];
export type Factor = Schemas['Factor'];
export type AreaSummary = Schemas['AreaSummary'];
export type OrganisationSummary = Schemas['OrganisationSummary'];
export type Organisation = Schemas['Organisation'];
