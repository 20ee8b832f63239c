import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import { groupFieldErrors } from '@/lib/api/field-errors';
import type { GoalIndicator, GoalSummary, IndicatorSummary, PolicyGoalIndicatorInput } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/** An indicator of an earlier policy's goal that the crosswalk maps to this goal: what "För över" offers. */
export interface Carryable {
  indicator: IndicatorSummary;
  from: GoalSummary;
}

const number = (value: number) => value.toLocaleString('sv-SE');

/** A goal's indicators with the baseline and the targets its policy sets for its period. */
export function GoalIndicatorList({ indicators }: { indicators: GoalIndicator[] }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  if (indicators.length === 0) return <p>{t('goalIndicators.none')}</p>;
  return (
    <ul className="goal-indicators">
      {indicators.map((i) => (
        <li key={i.id}>
          <strong>{text(i.name)}</strong> <span className="muted">({i.code})</span>
          <br />
          {i.baseline
            ? t('goalIndicators.baseline', { period: i.baseline.period, value: number(i.baseline.value) })
            : t('goalIndicators.noBaseline')}
          {' · '}
          {i.targets.length > 0
            ? t('goalIndicators.targets', {
                targets: i.targets.map((target) => `${target.year}: ${number(target.value)}`).join(', '),
              })
            : t('goalIndicators.noTargets')}
          {i.carriedOverFrom && (
            <>
              {' · '}
              <span className="muted">{t('goalIndicators.carriedOver', { number: i.carriedOverFrom.number })}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

interface GoalIndicatorEditorProps {
  goalNumber: number;
  /** The indicators the goal does not follow yet. */
  options: IndicatorSummary[];
  /** The earlier policy's indicators that may be carried over to this goal. */
  carryable: Carryable[];
  pending: boolean;
  error: unknown;
  onSubmit: (body: PolicyGoalIndicatorInput) => void;
}

/** "2028: 68, 2030: 70" as targets; a part that is not "year: value" is sent as it is, for the API to name. */
const parseTargets = (raw: string) =>
  raw
    .split(/[;,\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [year, value] = part.split(':').map((s) => s.trim().replace(',', '.'));
      return { year: Number(year), value: Number(value) };
    });

/**
 * The coordinator's part of a draft's goal: "För över" for each indicator of the predecessor's
 * goals that the crosswalk maps here (one request: the baseline comes along), and a form that
 * links any indicator with a baseline and yearly targets for the policy's period.
 */
export function GoalIndicatorEditor({ goalNumber, options, carryable, pending, error, onSubmit }: GoalIndicatorEditorProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const [indicator, setIndicator] = useState('');
  const [baselinePeriod, setBaselinePeriod] = useState('');
  const [baselineValue, setBaselineValue] = useState('');
  const [targets, setTargets] = useState('');
  const errors = groupFieldErrors(error, (f) => f.replace(/^targets\[\d+\]\.year$/, 'targets'));
  const field = useFormFields(errors);
  const problem = isApiProblem(error) ? error : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      indicator: Number(indicator),
      baseline: baselinePeriod.trim() === '' ? null
        : { period: baselinePeriod.trim(), value: Number(baselineValue.replace(',', '.')) },
      targets: parseTargets(targets),
    });
  };
  const headingId = `goal-indicator-form-${goalNumber}`;
  return (
    <div className="goal-indicator-editor">
      {carryable.length > 0 && (
        <ul className="carry-over" aria-label={t('goalIndicators.carryOverList', { number: goalNumber })}>
          {carryable.map((c) => (
            <li key={`${c.from.id}-${c.indicator.id}`}>
              {text(c.indicator.name)}{' '}
              <span className="muted">{t('goalIndicators.fromGoal', { number: c.from.number })}</span>{' '}
              <button type="button" className="button button-secondary" disabled={pending}
                aria-label={t('goalIndicators.carryOverLabel', { indicator: text(c.indicator.name), number: goalNumber })}
                onClick={() => onSubmit({ indicator: c.indicator.id, carryOverFrom: c.from.id })}>
                {t('goalIndicators.carryOver')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <h4 id={headingId}>{t('goalIndicators.linkHeading', { number: goalNumber })}</h4>
        <FormField {...field('indicator')} label={t('goalIndicators.indicator')} required alert>
          {(control) => (
            <select {...control} value={indicator} onChange={(e) => setIndicator(e.target.value)}>
              <option value="">{t('goalIndicators.choose')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {text(o.name)} ({o.code})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField {...field('baseline.period')} label={t('goalIndicators.baselinePeriod')}
          hint={t('goalIndicators.baselinePeriodHint')} optional alert>
          {(control) => <input {...control} value={baselinePeriod} onChange={(e) => setBaselinePeriod(e.target.value)} />}
        </FormField>
        <FormField {...field('baseline.value')} label={t('goalIndicators.baselineValue')} optional alert>
          {(control) => (
            <input {...control} inputMode="decimal" value={baselineValue} onChange={(e) => setBaselineValue(e.target.value)} />
          )}
        </FormField>
        <FormField {...field('targets')} label={t('goalIndicators.targetsField')} hint={t('goalIndicators.targetsHint')}
          optional alert>
          {(control) => <input {...control} value={targets} onChange={(e) => setTargets(e.target.value)} />}
        </FormField>
        {problem && (errors.carryOverFrom || problem.errors.length === 0) && (
          <div className="alert alert-error" role="alert">
            <p className="alert-title">{errors.carryOverFrom?.join('; ') ?? problem.detail ?? problem.title}</p>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {t('goalIndicators.link')}
          </button>
        </div>
      </form>
    </div>
  );
}
