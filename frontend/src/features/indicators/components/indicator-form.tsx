import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsetField, FormField, useFormFields } from '@/components/form-field';
import { groupFieldErrors, type FieldErrors } from '@/lib/api/field-errors';
import type { Indicator, IndicatorInput, Organisation } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { ErrorSummary, parseNumber } from './form-fields';

const UNITS = ['percent', 'count', 'ratePer1000', 'ratePer100k', 'index'] as const;
const DIRECTIONS = ['higherIsBetter', 'lowerIsBetter'] as const;
const SOURCES = ['kolada', 'bra', 'police', 'residentSurvey', 'schoolSurvey', 'municipality'] as const;
const FREQUENCIES = ['yearly', 'halfYearly', 'quarterly', 'monthly'] as const;

interface TargetRow {
  key: number;
  year: string;
  value: string;
}

interface FormState {
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  descriptionEn: string;
  unit: string;
  direction: string;
  source: string;
  sourceReference: string;
  frequency: string;
  owner: string;
  baselinePeriod: string;
  baselineValue: string;
  targets: TargetRow[];
}

const initialState = (indicator: Indicator): FormState => ({
  nameSv: indicator.name.sv,
  nameEn: indicator.name.en,
  descriptionSv: indicator.description.sv,
  descriptionEn: indicator.description.en,
  unit: indicator.unit,
  direction: indicator.direction,
  source: indicator.source,
  sourceReference: indicator.sourceReference ?? '',
  frequency: indicator.frequency,
  owner: indicator.owner?.code ?? '',
  baselinePeriod: indicator.baseline?.period ?? '',
  baselineValue: indicator.baseline ? String(indicator.baseline.value) : '',
  targets: indicator.targets.map((target, index) => ({ key: index, year: String(target.year), value: String(target.value) })),
});

/** The API's field for each control of the form. */
const FIELD = {
  nameSv: 'name.sv',
  nameEn: 'name.en',
  descriptionSv: 'description.sv',
  descriptionEn: 'description.en',
  unit: 'unit',
  direction: 'direction',
  source: 'source',
  sourceReference: 'sourceReference',
  frequency: 'frequency',
  owner: 'owner',
  baselinePeriod: 'baseline.period',
  baselineValue: 'baseline.value',
} as const;

/** Errors at `targets[1].year` belong to the targets list; `name` alone to its Swedish field. */
const formField = (field: string) =>
  field.startsWith('targets') ? 'targets' : field === 'name' || field === 'description' ? `${field}.sv` : field;

interface IndicatorFormProps {
  indicator: Indicator;
  /** The organisations that may own the indicator. */
  organisations: Organisation[];
  onSubmit: (input: IndicatorInput) => void;
  onCancel: () => void;
  error: unknown;
  pending: boolean;
}

/**
 * The coordinator's form of an indicator's definition. The whole IndicatorInput is sent, as
 * the API replaces the definition: what the form does not show (code, splits, age groups,
 * goals) goes back as it was loaded.
 */
export function IndicatorForm({ indicator, organisations, onSubmit, onCancel, error, pending }: IndicatorFormProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const [state, setState] = useState<FormState>(() => initialState(indicator));
  const [nextKey, setNextKey] = useState(indicator.targets.length);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  const errors: FieldErrors = Object.keys(localErrors).length > 0 ? localErrors : groupFieldErrors(error, formField);
  const field = useFormFields(errors);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const numbers: FieldErrors = {};
    const baselineValue = parseNumber(state.baselineValue);
    if (baselineValue === 'invalid') numbers['baseline.value'] = [t('indicators.forms.record.notANumber')];
    const targets = state.targets.map((row) => ({ year: parseNumber(row.year), value: parseNumber(row.value) }));
    if (targets.some((target) => target.year === 'invalid' || target.value === 'invalid')) {
      numbers.targets = [t('indicators.forms.edit.targetNumbers')];
    }
    setLocalErrors(numbers);
    if (Object.keys(numbers).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const baselineGiven = state.baselinePeriod.trim() !== '' || baselineValue !== undefined;
    onSubmit({
      code: indicator.code,
      name: { sv: state.nameSv, en: state.nameEn },
      description: { sv: state.descriptionSv, en: state.descriptionEn },
      unit: state.unit as IndicatorInput['unit'],
      direction: state.direction as IndicatorInput['direction'],
      source: state.source as IndicatorInput['source'],
      sourceReference: state.sourceReference.trim() === '' ? null : state.sourceReference.trim(),
      frequency: state.frequency as IndicatorInput['frequency'],
      disaggregations: indicator.disaggregations,
      ageGroups: indicator.ageGroups,
      owner: state.owner === '' ? null : state.owner,
      goals: indicator.goals.map((goal) => goal.id),
      // A half-filled baseline or target is sent as it is: the API names what is missing.
      baseline: baselineGiven ? { period: state.baselinePeriod.trim(), value: baselineValue as number } : null,
      targets: targets.map((target) => ({ year: target.year as number, value: target.value as number })),
      // A computed indicator stays computed: the form does not change how its values come about.
      computation: indicator.computation
        ? { from: indicator.computation.from, category: indicator.computation.category }
        : null,
    });
  };

  const L = (name: keyof typeof FIELD) => t(`indicators.forms.edit.field.${name}`);
  const textField = (name: keyof typeof FIELD, { area = false, optional = false } = {}) => (
    <FormField {...field(FIELD[name])} label={L(name)} optional={optional}>
      {(control) =>
        area ? (
          <textarea {...control} rows={3} value={state[name] as string} onChange={(e) => set(name, e.target.value)} />
        ) : (
          <input {...control} type="text" value={state[name] as string} onChange={(e) => set(name, e.target.value)} />
        )
      }
    </FormField>
  );
  const select = (name: keyof typeof FIELD, values: readonly string[], prefix: string, hint?: string) => (
    <FormField {...field(FIELD[name])} label={L(name)} hint={hint}>
      {(control) => (
        <select {...control} value={state[name] as string} onChange={(e) => set(name, e.target.value)}>
          {values.map((value) => (
            <option key={value} value={value}>
              {t(`${prefix}.${value}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const setTarget = (key: number, part: 'year' | 'value', value: string) =>
    set('targets', state.targets.map((row) => (row.key === key ? { ...row, [part]: value } : row)));
  const fieldLabels: Record<string, string> = Object.fromEntries(
    Object.entries(FIELD).map(([name, field]) => [field, t(`indicators.forms.edit.field.${name}`)]),
  );

  return (
    <form className="measure-form" onSubmit={submit} noValidate>
      <ErrorSummary
        ref={summaryRef}
        error={Object.keys(localErrors).length > 0 ? undefined : error}
        localErrors={localErrors}
        title={t('indicators.forms.edit.errorsTitle')}
        forbidden={t('indicators.forms.edit.forbidden')}
        other={(message) => t('indicators.forms.edit.otherError', { message })}
        fieldLabel={(name) => fieldLabels[formField(name)] ?? (formField(name) === 'targets' ? t('indicators.forms.edit.targets') : name)}
        fieldHref={(name) =>
          formField(name) === 'targets' || fieldLabels[formField(name)] ? `#${field(formField(name)).id}` : undefined
        }
      />
      <p className="muted">{t('indicators.forms.edit.code', { code: indicator.code })}</p>
      <div className="form-row">
        {textField('nameSv')}
        {textField('nameEn')}
      </div>
      {textField('descriptionSv', { area: true })}
      {textField('descriptionEn', { area: true })}
      <div className="form-row">
        {select('unit', UNITS, 'indicators.details.unitValue')}
        {select('direction', DIRECTIONS, 'indicators.details.direction')}
        {select('frequency', FREQUENCIES, 'indicators.details.frequency', t('indicators.forms.edit.frequencyHint'))}
      </div>
      <div className="form-row">
        {select('source', SOURCES, 'indicators.details.source')}
        {textField('sourceReference', { optional: true })}
        <FormField {...field(FIELD.owner)} label={L('owner')}>
          {(control) => (
            <select {...control} value={state.owner} onChange={(e) => set('owner', e.target.value)}>
              <option value="">{t('indicators.details.noOwner')}</option>
              {state.owner !== '' && !organisations.some((o) => o.code === state.owner) && (
                <option value={state.owner}>{indicator.owner ? text(indicator.owner.name) : state.owner}</option>
              )}
              {organisations.map((organisation) => (
                <option key={organisation.code} value={organisation.code}>
                  {text(organisation.name)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FieldsetField legend={t('indicators.forms.edit.baseline')}>
        <div className="form-row">
          <FormField {...field(FIELD.baselinePeriod)} label={L('baselinePeriod')}>
            {(control) => (
              <input {...control} type="text" value={state.baselinePeriod} onChange={(e) => set('baselinePeriod', e.target.value)} />
            )}
          </FormField>
          <FormField {...field(FIELD.baselineValue)} label={L('baselineValue')}>
            {(control) => (
              <input {...control} type="text" inputMode="decimal" value={state.baselineValue}
                onChange={(e) => set('baselineValue', e.target.value)} />
            )}
          </FormField>
        </div>
      </FieldsetField>
      <FieldsetField {...field('targets')} legend={t('indicators.forms.edit.targets')}>
        {state.targets.length === 0 && <p className="muted">{t('indicators.values.noTarget')}</p>}
        {state.targets.map((row, index) => (
          <div className="target-row" key={row.key} data-testid="target-row">
            <FormField label={t('indicators.forms.edit.targetYear', { n: index + 1 })}>
              {(control) => (
                <input {...control} type="text" inputMode="numeric" size={6} value={row.year}
                  onChange={(e) => setTarget(row.key, 'year', e.target.value)} />
              )}
            </FormField>
            <FormField label={t('indicators.forms.edit.targetValue', { n: index + 1 })}>
              {(control) => (
                <input {...control} type="text" inputMode="decimal" size={8} value={row.value}
                  onChange={(e) => setTarget(row.key, 'value', e.target.value)} />
              )}
            </FormField>
            <button type="button" className="button button-secondary"
              onClick={() => set('targets', state.targets.filter((r) => r.key !== row.key))}>
              {t('indicators.forms.edit.removeTarget', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button-secondary"
          onClick={() => {
            set('targets', [...state.targets, { key: nextKey, year: '', value: '' }]);
            setNextKey(nextKey + 1);
          }}>
          {t('indicators.forms.edit.addTarget')}
        </button>
      </FieldsetField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('indicators.forms.saving') : t('indicators.forms.edit.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('indicators.forms.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
