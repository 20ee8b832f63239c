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
export type IndicatorValues = Schemas['IndicatorValues'];
export type IndicatorSeries = Schemas['IndicatorSeries'];
export type IndicatorObservation = Schemas['IndicatorObservation'];
export type IndicatorStatus = Schemas['IndicatorStatus'];
export type IndicatorTarget = Schemas['IndicatorTarget'];
export type ImportReport = Schemas['ImportReport'];
export type AreaTree = Schemas['AreaTree'];
export type Area = Schemas['Area'];
export type Population = Schemas['Population'];
export type Me = Schemas['Me'];
