import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/lib/api/api-problem';

export type Errors = Record<string, string[]>;

/**
 * Ids and ARIA wiring of a form's fields: every control is labelled, and its hint and
 * error messages are tied to it with aria-describedby.
 */
export function useFieldWiring(errors: Errors) {
  const id = useId();
  const fieldId = (name: string) => `${id}-${name.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const errorId = (name: string) => `${fieldId(name)}-error`;
  const hintId = (name: string) => `${fieldId(name)}-hint`;
  /** Props of the control of `name`: its id, aria-invalid and aria-describedby (hint first, then errors). */
  const control = (name: string, { hint = false }: { hint?: boolean } = {}) => {
    const describedBy = [hint ? hintId(name) : null, errors[name] ? errorId(name) : null].filter(Boolean).join(' ');
    return {
      id: fieldId(name),
      ...(errors[name] ? { 'aria-invalid': true as const } : {}),
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    };
  };
  const errorText = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={errorId(name)} data-testid={`error-${name}`}>
        {errors[name].join('; ')}
      </p>
    ) : null;
  return { fieldId, hintId, control, errorText };
}

interface ErrorSummaryProps {
  error: unknown;
  /** Errors found before sending, by field. */
  localErrors: Errors;
  /** The label of a field, for the list; fields the form does not show keep the API's name. */
  fieldLabel: (field: string) => string;
  /** The control a field's error links to, or undefined when the form does not show it. */
  fieldHref: (field: string) => string | undefined;
  title: string;
  forbidden: string;
  other: (message: string) => string;
}

/** The errors of a failed submit, focusable so focus can move to it; each links to its field. */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { error, localErrors, fieldLabel, fieldHref, title, forbidden, other },
  ref,
) {
  const { t } = useTranslation();
  const problem = isApiProblem(error) ? error : undefined;
  const list = Object.entries(localErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  if (list.length === 0 && problem) list.push(...problem.errors.map(({ field, message }) => ({ field, message })));
  if (list.length === 0 && !problem && !error) return null;
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref} data-testid="form-errors">
      {problem?.status === 403 ? (
        <p className="alert-title">{forbidden}</p>
      ) : list.length > 0 ? (
        <>
          <p className="alert-title">{title}</p>
          <ul>
            {list.map(({ field, message }) => {
              const href = fieldHref(field);
              return (
                <li key={`${field}:${message}`}>
                  {href ? <a href={href}>{fieldLabel(field)}</a> : fieldLabel(field)}: {message}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="alert-title">
          {other(problem ? (problem.detail ?? problem.title) : error instanceof Error ? error.message : t('state.errorTitle'))}
        </p>
      )}
    </div>
  );
});

/** A number typed by a person: decimal comma or point, spaces as thousands separators; '' is no number. */
export function parseNumber(text: string): number | undefined | 'invalid' {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.').replace('−', '-');
  if (cleaned === '') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : 'invalid';
}
