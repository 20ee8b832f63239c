import { isApiProblem } from '@/lib/api/api-problem';
import { baseField } from './vocabulary';

/** A problem's field errors grouped by the form field they belong to. */
export function fieldErrors(error: unknown): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  if (!isApiProblem(error)) return grouped;
  for (const fieldError of error.errors) {
    const field = baseField(fieldError.field);
    (grouped[field] ??= []).push(fieldError.message);
  }
  return grouped;
}
