import { isApiProblem } from './api-problem';

/** The messages of a form's invalid fields, by field. */
export type FieldErrors = Record<string, string[]>;

/**
 * The form's field for an error at an item of a nested picked list (`problems[1].evidence.districts[0]`,
 * `actions[0].measures[2]`): the list's checkboxes (`problems[1].evidence.districts`). A top-level
 * row (`sections[0]`) stays as it is.
 */
export const pickedListField = (field: string) => field.replace(/(\.[A-Za-z]+)\[\d+\]$/, '$1');

/**
 * A problem's field errors grouped by form field: `key` maps the API's field (`name.sv`,
 * `targets[0].year`) to the form's; by default the field is kept as the API names it.
 */
export function groupFieldErrors(error: unknown, key: (field: string) => string = (field) => field): FieldErrors {
  const grouped: FieldErrors = {};
  if (!isApiProblem(error)) return grouped;
  for (const fieldError of error.errors) (grouped[key(fieldError.field)] ??= []).push(fieldError.message);
  return grouped;
}
