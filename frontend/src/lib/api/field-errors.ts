import { isApiProblem } from './api-problem';

/** The messages of a form's invalid fields, by field. */
export type FieldErrors = Record<string, string[]>;

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
