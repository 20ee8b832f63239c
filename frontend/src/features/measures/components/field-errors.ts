import { groupFieldErrors } from '@/lib/api/field-errors';
import { baseField } from './vocabulary';

/** A problem's field errors grouped by the form field they belong to. */
export const fieldErrors = (error: unknown): Record<string, string[]> => groupFieldErrors(error, baseField);
