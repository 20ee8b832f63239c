import type { PickOption } from '@/components/picker';
import type { SituationPicture, SituationPictureInput } from '@/lib/api/types';

export type Visibility = 'internal' | 'public';
export type Priority = 'high' | 'medium' | 'low';

export interface SectionRow {
  title: string;
  text: string;
  source: string;
  visibility: Visibility;
}

export interface ProblemRow {
  title: string;
  description: string;
  priority: Priority;
  visibility: Visibility;
  crimeCategories: string[];
  districts: string[];
  /** Indicator ids as the checkboxes' values. */
  indicators: string[];
  factors: string[];
  sexes: string[];
  /** Age groups as typed, comma-separated (`15-17, 18-24`). */
  ageGroups: string;
}

export interface PictureFormState {
  title: string;
  analysis: string;
  sections: SectionRow[];
  problems: ProblemRow[];
}

export const emptySection = (): SectionRow => ({ title: '', text: '', source: '', visibility: 'internal' });

/** A new problem starts internal: the coordinator decides what is for publication. */
export const emptyProblem = (): ProblemRow => ({
  title: '',
  description: '',
  priority: 'medium',
  visibility: 'internal',
  crimeCategories: [],
  districts: [],
  indicators: [],
  factors: [],
  sexes: [],
  ageGroups: '',
});

export function pictureFormState(p: SituationPicture): PictureFormState {
  return {
    title: p.title,
    analysis: p.analysis ?? '',
    sections: p.sections.map((s) => ({
      title: s.title,
      text: s.text,
      source: s.source ?? '',
      visibility: s.visibility as Visibility,
    })),
    problems: p.problems.map((q) => ({
      title: q.title,
      description: q.description ?? '',
      priority: q.priority as Priority,
      visibility: q.visibility,
      crimeCategories: [...q.evidence.crimeCategories],
      districts: [...q.evidence.districts],
      indicators: q.evidence.indicators.map(String),
      factors: [...q.evidence.factors],
      sexes: [...q.sexes],
      ageGroups: q.ageGroups.join(', '),
    })),
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** `15-17, 18-24;25-34` → the distinct groups, in the order typed. */
export const parseList = (v: string) => [...new Set(v.split(/[,;]/).map((s) => s.trim()).filter(Boolean))];

/** Required texts are sent as typed (trimmed): the API answers which are missing, field by field. */
export function pictureInput(s: PictureFormState): SituationPictureInput {
  return {
    title: s.title.trim(),
    analysis: s.analysis.trim(),
    sections: s.sections.map((r) => ({
      title: r.title.trim(),
      text: r.text.trim(),
      source: orNull(r.source),
      visibility: r.visibility,
    })),
    problems: s.problems.map((r) => ({
      title: r.title.trim(),
      description: orNull(r.description),
      priority: r.priority,
      visibility: r.visibility,
      evidence: {
        crimeCategories: r.crimeCategories,
        districts: r.districts,
        indicators: r.indicators.map(Number),
        factors: r.factors,
      },
      sexes: r.sexes,
      ageGroups: parseList(r.ageGroups),
    })),
  };
}

export interface EvidenceOptions {
  crimeCategories: PickOption[];
  districts: PickOption[];
  indicators: PickOption[];
  factors: PickOption[];
}
