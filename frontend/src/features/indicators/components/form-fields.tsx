import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/lib/api/api-problem';
import type { FieldErrors } from '@/lib/api/field-errors';

interface ErrorSummaryProps {
  error: unknown;
  /** Errors found before sending, by field. */
  localErrors: FieldErrors;
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
