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
export type AreaBoundaryCollection = Schemas['AreaBoundaryCollection'];
export type AreaBoundaryFeature = Schemas['AreaBoundaryFeature'];
export type AreaBoundaryImportReport = Schemas['AreaBoundaryImportReport'];
export type CrimeCategoryTree = Schemas['CrimeCategoryTree'];
export type CrimeCategory = Schemas['CrimeCategory'];
export type CrimeCategoryGroup = Schemas['CrimeCategoryGroup'];
export type CrimeStatistics = Schemas['CrimeStatistics'];
export type CrimeStatisticsCell = Schemas['CrimeStatisticsCell'];
export type CrimeStatisticsDimension = Schemas['CrimeStatisticsDimension'];
export type CrimeFigure = Schemas['CrimeFigure'];
export type CrimeStatisticsImport = Schemas['CrimeStatisticsImport'];
export type ImportReport = Schemas['ImportReport'];
