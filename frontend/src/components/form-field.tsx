import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '@/lib/api/field-errors';

/** What a field hands its control: the id its label points at, and the ARIA that ties hint and errors to it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

/** The props every field takes: which field it is, and what it says around its control. */
interface FieldBase {
  /**
   * The control's (or group's) id, which the error summary links to; generated when nothing
   * links to the field.
   */
  id?: string;
  /** The field as the API names it (`title`, `commitments[0].text`); its error is `error-<name>` to tests. */
  name?: string;
  hint?: ReactNode;
  /** The messages of what is wrong with the value, shown under the control and read with it. */
  errors?: readonly string[];
  /**
   * Announces the errors as they appear (role="alert"), for a form without an error summary;
   * where a summary announces them, one alert is enough.
   */
  alert?: boolean;
  className?: string;
}

interface FormFieldProps extends FieldBase {
  label: ReactNode;
  /** Says "(required)" after the label and makes the control aria-required. */
  required?: boolean;
  /** Says "(optional)" after the label, for forms where most fields are required. */
  optional?: boolean;
  /** A checkbox or radio: the control comes first and its label beside it. */
  inline?: boolean;
  children: (control: ControlProps) => ReactNode;
}

interface FieldsetFieldProps extends FieldBase {
  legend: ReactNode;
  /** The group's own controls, each with its label (a FormField, or a label around a radio). */
  children: ReactNode;
}

/** The hint's and the errors' ids, and the aria-describedby that names them (hint first). */
function useDescriptions({ id: given, hint, errors }: FieldBase) {
  const generated = useId();
  const id = given ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Hint({ id, children }: { id?: string; children: ReactNode }) {
  return id ? (
    <p className="hint" id={id}>
      {children}
    </p>
  ) : null;
}

function ErrorText({ id, name, errors, alert }: { id?: string; name?: string; errors?: readonly string[]; alert?: boolean }) {
  return id && errors ? (
    <p className="field-error" id={id} role={alert ? 'alert' : undefined}
      data-testid={name === undefined ? undefined : `error-${name}`}>
      {errors.join('; ')}
    </p>
  ) : null;
}

/**
 * One labelled control with its hint and errors: the label points at the control, the control
 * is aria-invalid while it has errors, and its aria-describedby names the hint and the errors.
 * The control is a render prop so it stays an ordinary input, select or textarea:
 * `<FormField label="Titel">{(control) => <input {...control} value={title} onChange={…} />}</FormField>`.
 */
export function FormField({ label, required, optional, inline, children, ...field }: FormFieldProps) {
  const { t } = useTranslation();
  const { id, hintId, errorId, describedBy } = useDescriptions(field);
  const control: ControlProps = {
    id,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(errorId ? { 'aria-invalid': true as const } : {}),
    ...(required ? { 'aria-required': true as const } : {}),
  };
  const labelElement = (
    <label htmlFor={id}>
      {label}
      {(required || optional) && (
        <>
          {' '}
          <span className="muted">({t(required ? 'forms.required' : 'forms.optional')})</span>
        </>
      )}
    </label>
  );
  return (
    <div className={field.className ?? (inline ? 'field-checkbox' : 'field')}>
      {inline ? (
        <>
          {children(control)}
          {labelElement}
        </>
      ) : (
        <>
          {labelElement}
          {children(control)}
        </>
      )}
      <Hint id={hintId}>{field.hint}</Hint>
      <ErrorText id={errorId} name={field.name} errors={field.errors} alert={field.alert} />
    </div>
  );
}

/**
 * A group of controls under a legend (checkboxes, radios, a repeated row), with the group's
 * hint and errors tied to it. A group the API names (`name`) is focusable, so the error
 * summary's link can move focus to it.
 */
export function FieldsetField({ legend, children, ...field }: FieldsetFieldProps) {
  const { id, hintId, errorId, describedBy } = useDescriptions(field);
  return (
    <fieldset className={field.className} id={id} tabIndex={field.name === undefined ? undefined : -1}
      aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <Hint id={hintId}>{field.hint}</Hint>
      {children}
      <ErrorText id={errorId} name={field.name} errors={field.errors} alert={field.alert} />
    </fieldset>
  );
}

/**
 * A form's fields by the API's name: `field('title')` gives the FormField its id (unique to
 * this form, so two forms on a page never share one) and its errors. `field(name).id` is what
 * the error summary links to.
 */
export function useFormFields(errors: FieldErrors) {
  const prefix = useId();
  return (name: string) => ({ id: `${prefix}-${name.replace(/[^A-Za-z0-9-]/g, '-')}`, name, errors: errors[name] });
}
