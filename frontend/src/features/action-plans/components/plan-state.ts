import { pickedListField } from '@/lib/api/field-errors';
import type { ActionInput, ActionPlan, ActionPlanInput } from '@/lib/api/types';

export interface ActionRow {
  title: string;
  description: string;
  /** Ids of the lägesbild's problems, as the checkboxes' values. */
  problems: string[];
  /** Organisation codes. */
  organisations: string[];
  /** Measure ids. */
  measures: string[];
  from: string;
  to: string;
  /** The result figure: `indicator:<id>`, `crime:<code>` or empty; one select so it is never both. */
  result: string;
}

export interface ConsultationRow {
  date: string;
  parties: string[];
  summary: string;
}

export interface PlanFormState {
  title: string;
  actions: ActionRow[];
  consultations: ConsultationRow[];
}

export const emptyAction = (): ActionRow => ({
  title: '',
  description: '',
  problems: [],
  organisations: [],
  measures: [],
  from: '',
  to: '',
  result: '',
});

export const emptyConsultation = (): ConsultationRow => ({ date: '', parties: [], summary: '' });

export const indicatorResult = (id: number) => `indicator:${id}`;
export const crimeResult = (code: string) => `crime:${code}`;

export function planFormState(plan: ActionPlan): PlanFormState {
  return {
    title: plan.title,
    actions: plan.actions.map((a) => ({
      title: a.title,
      description: a.description ?? '',
      problems: a.problems.map((p) => String(p.id)),
      organisations: a.organisations.map((o) => o.code),
      measures: a.measures.map((m) => String(m.id)),
      from: a.from ?? '',
      to: a.to ?? '',
      result: a.resultIndicator
        ? indicatorResult(a.resultIndicator.id)
        : a.resultCrimeCategory
          ? crimeResult(a.resultCrimeCategory)
          : '',
    })),
    consultations: plan.consultations.map((c) => ({
      date: c.date,
      parties: c.parties.map((p) => p.code),
      summary: c.summary,
    })),
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** One action as the API takes it, in a plan or as an editor's proposal. */
export function actionInput(a: ActionRow): ActionInput {
  return {
    title: a.title.trim(),
    description: orNull(a.description),
    problems: a.problems.map(Number),
    organisations: a.organisations,
    measures: a.measures.map(Number),
    from: orNull(a.from),
    to: orNull(a.to),
    resultIndicator: a.result.startsWith('indicator:') ? Number(a.result.slice('indicator:'.length)) : null,
    resultCrimeCategory: a.result.startsWith('crime:') ? a.result.slice('crime:'.length) : null,
  };
}

/** The plan as the API takes it; a date left empty is sent absent, so the API names it when it is required. */
export function planInput(situationPicture: number, s: PlanFormState): ActionPlanInput {
  return {
    title: s.title.trim(),
    situationPicture,
    actions: s.actions.map(actionInput),
    consultations: s.consultations.map((c) => ({
      date: c.date || (undefined as unknown as string),
      parties: c.parties,
      summary: c.summary.trim(),
    })),
  };
}

/** An error at `actions[0].resultIndicator` or `…resultCrimeCategory` is shown at the one result select. */
export const planField = (field: string) =>
  pickedListField(field).replace(/\.(resultIndicator|resultCrimeCategory)$/, '.result');

/**
 * A proposal is one action, so the form's fields are the action's own (`title`, `problems`):
 * the API names them as the plan's next action (`actions[3].to`), or bare where the body is checked.
 */
export const proposalField = (field: string) => planField(field.replace(/^actions\[\d+\]\./, ''));
