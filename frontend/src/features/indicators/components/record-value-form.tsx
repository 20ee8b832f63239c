import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, useFormFields } from '@/components/form-field';
import { groupFieldErrors, type FieldErrors } from '@/lib/api/field-errors';
import type { Area, Indicator, IndicatorValue, IndicatorValueInput } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useRecordIndicatorValue } from '../api/record-indicator-value';
import { formatValue } from './format';
import { ErrorSummary, parseNumber } from './form-fields';

const PERIOD_EXAMPLE: Record<Indicator['frequency'], string> = {
  yearly: '2024',
  halfYearly: '2024H1',
  quarterly: '2024Q2',
  monthly: '2024-05',
};

interface FormState {
  period: string;
  area: string;
  sex: string;
  ageGroup: string;
  value: string;
  numerator: string;
  denominator: string;
  status: string;
  source: string;
}

const EMPTY: FormState = {
  period: '',
  // Empty: the municipality, the top of the area tree the form is given.
  area: '',
  sex: 'total',
  ageGroup: 'total',
  value: '',
  numerator: '',
  denominator: '',
  status: 'final',
  source: '',
};

interface AreaChoice {
  code: string;
  label: string;
}

/** The municipality, then its districts and localities, each indented under its parent. */
const areaChoices = (areas: Area[], depth = 0): AreaChoice[] =>
  areas.flatMap((area) => [
    { code: area.code, label: `${'\u2003'.repeat(depth)}${area.name}` },
    ...areaChoices(area.children, depth + 1),
  ]);

/**
 * Records one value of an indicator: period, area, and sex and age group when the indicator
 * is split so; says in words whether the value was new, replaced one, or was already stored.
 * `areas` is the area tree (the municipality with its districts and localities).
 */
export function RecordValueForm({ indicator, areas }: { indicator: Indicator; areas: Area[] }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const record = useRecordIndicatorValue();
  const [state, setState] = useState<FormState>(EMPTY);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [recorded, setRecorded] = useState<IndicatorValue>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // A new object each time, so a second failed submit moves focus to the summary again.
  const [focusRequest, setFocusRequest] = useState<{ target: 'summary' | 'status' }>();
  const focus = (target: 'summary' | 'status') => setFocusRequest({ target });

  const errors: FieldErrors = Object.keys(localErrors).length > 0 ? localErrors : groupFieldErrors(record.error);
  const field = useFormFields(errors);
  const set = (key: keyof FormState, value: string) => setState((s) => ({ ...s, [key]: value }));

  useEffect(() => {
    if (focusRequest?.target === 'summary') summaryRef.current?.focus();
    if (focusRequest?.target === 'status') statusRef.current?.focus();
  }, [focusRequest]);

  const byArea = indicator.disaggregations.includes('area');
  const bySex = indicator.disaggregations.includes('sex');
  const byAge = indicator.ageGroups.length > 0;
  const municipality = areas[0]?.code ?? '';
  const area = state.area || municipality;
  const choices = areaChoices(areas).filter((choice) => byArea || choice.code === municipality);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const numbers: FieldErrors = {};
    const parsed: Record<'value' | 'numerator' | 'denominator', number | undefined> = {
      value: undefined,
      numerator: undefined,
      denominator: undefined,
    };
    for (const name of ['value', 'numerator', 'denominator'] as const) {
      const figure = parseNumber(state[name]);
      if (figure === 'invalid') numbers[name] = [t('indicators.forms.record.notANumber')];
      else parsed[name] = figure;
    }
    setLocalErrors(numbers);
    setRecorded(undefined);
    if (Object.keys(numbers).length > 0) {
      record.reset();
      focus('summary');
      return;
    }
    const input: IndicatorValueInput = {
      period: state.period.trim(),
      area,
      sex: bySex ? (state.sex as IndicatorValueInput['sex']) : 'total',
      ageGroup: byAge ? state.ageGroup : 'total',
      // An empty value is left out: the API answers that it is required, at the field.
      value: parsed.value as number,
      numerator: parsed.numerator ?? null,
      denominator: parsed.denominator ?? null,
      status: state.status as IndicatorValueInput['status'],
      source: state.source.trim() === '' ? null : state.source.trim(),
    };
    record.mutate(
      { id: indicator.id, input },
      {
        onSuccess: (value) => {
          setRecorded(value);
          focus('status');
        },
        onError: () => focus('summary'),
      },
    );
  };

  const L = (name: keyof FormState) => t(`indicators.forms.record.field.${name}`);
  const numberField = (name: 'value' | 'numerator' | 'denominator', optional: boolean) => (
    <FormField {...field(name)} label={L(name)} optional={optional}>
      {(control) => (
        <input {...control} type="text" inputMode="decimal" value={state[name]} onChange={(e) => set(name, e.target.value)} />
      )}
    </FormField>
  );

  return (
    <form className="measure-form" onSubmit={submit} noValidate aria-labelledby="record-value-heading">
      <h3 id="record-value-heading">{t('indicators.forms.record.heading')}</h3>
      {recorded && !record.isPending && (
        <p className="alert alert-success" role="status" tabIndex={-1} ref={statusRef} data-testid="record-outcome">
          {t(`indicators.forms.record.outcome.${recorded.outcome}`, {
            period: recorded.period,
            area: recorded.area.name,
            value: formatValue(recorded.value, indicator.unit, locale),
          })}
        </p>
      )}
      <ErrorSummary
        ref={summaryRef}
        error={Object.keys(localErrors).length > 0 ? undefined : record.error}
        localErrors={localErrors}
        title={t('indicators.forms.record.errorsTitle')}
        forbidden={t('indicators.forms.record.forbidden')}
        other={(message) => t('indicators.forms.record.otherError', { message })}
        fieldLabel={(field) => t(`indicators.forms.record.field.${field}`, { defaultValue: field })}
        fieldHref={(name) => (name in EMPTY ? `#${field(name).id}` : undefined)}
      />
      <div className="form-row">
        <FormField {...field('period')} label={L('period')}
          hint={t('indicators.forms.record.periodHint', {
            frequency: t(`indicators.details.frequency.${indicator.frequency}`).toLowerCase(),
            example: PERIOD_EXAMPLE[indicator.frequency],
          })}>
          {(control) => (
            <input {...control} type="text" value={state.period} onChange={(e) => set('period', e.target.value)} autoComplete="off" />
          )}
        </FormField>
        <FormField {...field('area')} label={L('area')} hint={byArea ? undefined : t('indicators.forms.record.areaHint')}>
          {(control) => (
            <select {...control} value={area} onChange={(e) => set('area', e.target.value)}>
              {choices.map((choice) => (
                <option key={choice.code} value={choice.code}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {bySex && (
          <FormField {...field('sex')} label={L('sex')}>
            {(control) => (
              <select {...control} value={state.sex} onChange={(e) => set('sex', e.target.value)}>
                {(['total', 'female', 'male'] as const).map((sex) => (
                  <option key={sex} value={sex}>
                    {t(`indicators.forms.record.sex.${sex}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {byAge && (
          <FormField {...field('ageGroup')} label={L('ageGroup')}>
            {(control) => (
              <select {...control} value={state.ageGroup} onChange={(e) => set('ageGroup', e.target.value)}>
                <option value="total">{t('indicators.values.allAges')}</option>
                {indicator.ageGroups.map((band) => (
                  <option key={band} value={band}>
                    {t('indicators.values.ageBand', { band })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </div>
      <div className="form-row">
        {numberField('value', false)}
        {numberField('numerator', true)}
        {numberField('denominator', true)}
        <FormField {...field('status')} label={L('status')}>
          {(control) => (
            <select {...control} value={state.status} onChange={(e) => set('status', e.target.value)}>
              <option value="final">{t('indicators.forms.record.statusValue.final')}</option>
              <option value="preliminary">{t('indicators.forms.record.statusValue.preliminary')}</option>
            </select>
          )}
        </FormField>
      </div>
      <FormField {...field('source')} label={L('source')} optional>
        {(control) => (
          <input {...control} type="text" maxLength={255} value={state.source} onChange={(e) => set('source', e.target.value)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {record.isPending ? t('indicators.forms.saving') : t('indicators.forms.record.submit')}
        </button>
      </div>
    </form>
  );
}
