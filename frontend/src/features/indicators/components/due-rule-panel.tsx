import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { QueryBoundary } from '@/components/query-boundary';
import { groupFieldErrors, type FieldErrors } from '@/lib/api/field-errors';
import { isApiProblem } from '@/lib/api/api-problem';
import type { Indicator, IndicatorDueRule } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useDueRule } from '../api/get-due-rule';
import { useUpdateDueRule } from '../api/update-due-rule';

/**
 * When the indicator's next value is due: its next period without a value, the due date (the
 * period's end plus the publication lag) and the lag. Every signed-in reader sees them; the
 * coordinator also sets the lag here. Visitors are not shown the panel (the API serves due
 * dates to signed-in roles only).
 */
export function DueRulePanel({ indicator, editable }: { indicator: Indicator; editable: boolean }) {
  const { t } = useTranslation();
  const rule = useDueRule(indicator.id, true);
  return (
    <section aria-labelledby="due-rule-heading" className="section" data-testid="due-rule">
      <h2 id="due-rule-heading">{t('indicators.due.heading')}</h2>
      <QueryBoundary query={rule}>
        {(data) => (
          <>
            <DueFacts rule={data} />
            {editable && <DueRuleForm rule={data} />}
          </>
        )}
      </QueryBoundary>
    </section>
  );
}

function useDateFormat() {
  const { locale } = useLocalized();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  // noon, so no time zone moves the date
  return (date: string) => format.format(new Date(`${date}T12:00:00`));
}

function DueFacts({ rule }: { rule: IndicatorDueRule }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <dl className="facts" data-testid="due-facts">
      <div>
        <dt>{t('indicators.due.nextPeriod')}</dt>
        <dd>{rule.nextPeriod ?? t('indicators.due.computed')}</dd>
      </div>
      <div>
        <dt>{t('indicators.due.dueDate')}</dt>
        <dd data-testid="due-date">{rule.dueDate ? formatDate(rule.dueDate) : '–'}</dd>
      </div>
      <div>
        <dt>{t('indicators.due.lag')}</dt>
        <dd data-testid="due-lag">{t('indicators.due.lagValue', { count: rule.publicationLagMonths })}</dd>
      </div>
    </dl>
  );
}

/** The coordinator's one field: months after a period's end. The range is the API's to check. */
function DueRuleForm({ rule }: { rule: IndicatorDueRule }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const update = useUpdateDueRule();
  const [months, setMonths] = useState(String(rule.publicationLagMonths));
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<IndicatorDueRule>();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const errors = Object.keys(localErrors).length > 0 ? localErrors : groupFieldErrors(update.error);
  const field = useFormFields(errors);
  const forbidden = isApiProblem(update.error) && update.error.status === 403;
  const otherError = update.error && !forbidden && Object.keys(groupFieldErrors(update.error)).length === 0;

  useEffect(() => {
    if (saved) statusRef.current?.focus();
  }, [saved]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const text = months.trim();
    // Whole months only; an empty field is sent as missing, and the API names it.
    if (text !== '' && !/^-?\d+$/.test(text)) {
      update.reset();
      setLocalErrors({ publicationLagMonths: [t('indicators.due.form.notWholeMonths')] });
      return;
    }
    setLocalErrors({});
    const input = (text === '' ? {} : { publicationLagMonths: Number(text) }) as { publicationLagMonths: number };
    update.mutate({ id: rule.indicatorId, input }, { onSuccess: (stored) => setSaved(stored) });
  };

  return (
    <form className="measure-form due-rule-form" onSubmit={submit} noValidate aria-labelledby="due-rule-form-heading">
      <h3 id="due-rule-form-heading">{t('indicators.due.form.heading')}</h3>
      {saved && !update.isPending && (
        <p className="alert alert-success" role="status" tabIndex={-1} ref={statusRef} data-testid="due-rule-saved">
          {saved.dueDate
            ? t('indicators.due.form.saved', { date: formatDate(saved.dueDate) })
            : t('indicators.due.form.savedComputed')}
        </p>
      )}
      {(forbidden || otherError) && (
        <p className="alert alert-error" role="alert">
          {forbidden ? t('indicators.due.form.forbidden') : t('indicators.due.form.otherError')}
        </p>
      )}
      <div className="form-row">
        <FormField {...field('publicationLagMonths')} alert label={t('indicators.due.form.months')}
          hint={t('indicators.due.form.monthsHint')}>
          {(control) => (
            <input {...control} type="text" inputMode="numeric" autoComplete="off" size={4} value={months}
              onChange={(e) => setMonths(e.target.value)} />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('indicators.forms.saving') : t('indicators.due.form.submit')}
        </button>
      </div>
    </form>
  );
}
