import type {
  Assessment,
  CrimeTriangleSide,
  KnowledgeLevel,
  MeasureStatus,
  PreventionLevel,
  PreventionType,
  TargetGroup,
} from '@/lib/api/types';

// The contract's enumerations in the order the UI offers them.
export const STATUSES: MeasureStatus[] = ['planned', 'ongoing', 'completed', 'cancelled'];
export const PREVENTION_TYPES: PreventionType[] = ['social', 'situational'];
export const PREVENTION_LEVELS: PreventionLevel[] = ['primary', 'secondary', 'tertiary'];
export const TARGET_GROUPS: TargetGroup[] = [
  'children',
  'youngPeople',
  'women',
  'men',
  'elderly',
  'parents',
  'residents',
  'professionals',
];
export const CRIME_TRIANGLE: CrimeTriangleSide[] = ['motivatedOffender', 'suitableTarget', 'absentGuardianship'];
export const KNOWLEDGE_LEVELS: KnowledgeLevel[] = ['evidenceBased', 'experienceBased', 'newMethod'];
export const ASSESSMENTS: Assessment[] = ['green', 'amber', 'red'];

/** A choice in a select or checkbox group. */
export interface Choice {
  value: string;
  label: string;
}

/** The field a problem's error names, without a list index or sub-property: `districts[1]` → `districts`. */
export const baseField = (field: string) => field.replace(/[[.].*$/, '');
