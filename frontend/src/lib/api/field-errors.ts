import { isApiProblem } from './api-problem';

/**
 * A problem's field errors grouped by form field: `key` maps the API's field (`name.sv`,
 * `targets[0].year`) to the form's; by default the field is kept as the API names it.
 */
export function groupFieldErrors(error: unknown, key: (field: string) => string = (field) => field): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  if (!isApiProblem(error)) return grouped;
  for (const fieldError of error.errors) (grouped[key(fieldError.field)] ??= []).push(fieldError.message);
  return grouped;
}
