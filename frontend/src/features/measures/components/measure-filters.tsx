import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import {
  PREVENTION_LEVELS,
  PREVENTION_TYPES,
  STATUSES,
  TARGET_GROUPS,
  type Choice,
} from './vocabulary';

export type FilterName =
  | 'goal'
  | 'organisation'
  | 'district'
  | 'preventionType'
  | 'preventionLevel'
  | 'status'
  | 'riskFactor'
  | 'protectiveFactor'
  | 'targetGroup'
  | 'q'
  | 'needsFollowUp'
  | 'sort';

export interface FilterOptions {
  goals: Choice[];
  organisations: Choice[];
  districts: Choice[];
  riskFactors: Choice[];
  protectiveFactors: Choice[];
}

interface MeasureFiltersProps {
  values: Partial<Record<FilterName, string>>;
  options: FilterOptions;
  onChange: (name: FilterName, value: string) => void;
  onClear: () => void;
  /** The editor's own organisation code: offers "only my organisation's measures". */
  ownOrganisation?: string;
}

function FilterSelect({
  label,
  value,
  choices,
  onChange,
  allLabel,
}: {
  label: string;
  value: string | undefined;
  choices: Choice[];
  onChange: (value: string) => void;
  allLabel: string;
}) {
  return (
    <FormField label={label}>
      {(control) => (
        <select {...control} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
          <option value="">{allLabel}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The measures board's filters: every dimension the API filters by, and free text. */
export function MeasureFilters({ values, options, onChange, onClear, ownOrganisation }: MeasureFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(values.q ?? '');
  const all = t('measures.filters.all');
  const enumChoices = (values: readonly string[], prefix: string): Choice[] =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange('q', text.trim());
  };

  return (
    <form className="filters" role="search" aria-label={t('measures.filters.label')} onSubmit={submit}>
      <FormField label={t('measures.filters.text')} className="field filters-text">
        {(control) => (
          <div className="input-with-button">
            <input {...control} type="search" value={text} onChange={(event) => setText(event.target.value)} />
            <button type="submit" className="button">
              {t('measures.filters.search')}
            </button>
          </div>
        )}
      </FormField>
      {ownOrganisation && (
        <FormField label={t('measures.filters.mine')} inline className="field field-checkbox">
          {(control) => (
            <input
              {...control}
              type="checkbox"
              checked={values.organisation === ownOrganisation}
              onChange={(event) => onChange('organisation', event.target.checked ? ownOrganisation : '')}
            />
          )}
        </FormField>
      )}
      <FormField label={t('measures.filters.needsFollowUp')} inline className="field field-checkbox">
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={values.needsFollowUp === 'true'}
            onChange={(event) => onChange('needsFollowUp', event.target.checked ? 'true' : '')}
          />
        )}
      </FormField>
      <div className="filters-grid">
        <FilterSelect label={t('measures.filters.goal')} value={values.goal} choices={options.goals}
          onChange={(v) => onChange('goal', v)} allLabel={all} />
        <FilterSelect label={t('measures.filters.organisation')} value={values.organisation}
          choices={options.organisations} onChange={(v) => onChange('organisation', v)} allLabel={all} />
        <FilterSelect label={t('measures.filters.district')} value={values.district} choices={options.districts}
          onChange={(v) => onChange('district', v)} allLabel={all} />
        <FilterSelect label={t('measures.filters.status')} value={values.status}
          choices={enumChoices(STATUSES, 'measures.status')} onChange={(v) => onChange('status', v)} allLabel={all} />
        <FilterSelect label={t('measures.filters.preventionType')} value={values.preventionType}
          choices={enumChoices(PREVENTION_TYPES, 'measures.preventionType')}
          onChange={(v) => onChange('preventionType', v)} allLabel={all} />
        <FilterSelect label={t('measures.filters.preventionLevel')} value={values.preventionLevel}
          choices={enumChoices(PREVENTION_LEVELS, 'measures.preventionLevel')}
          onChange={(v) => onChange('preventionLevel', v)} allLabel={all} />
        <FilterSelect label={t('measures.filters.targetGroup')} value={values.targetGroup}
          choices={enumChoices(TARGET_GROUPS, 'measures.targetGroup')}
          onChange={(v) => onChange('targetGroup', v)} allLabel={all} />
        <FilterSelect label={t('measures.filters.riskFactor')} value={values.riskFactor}
          choices={options.riskFactors} onChange={(v) => onChange('riskFactor', v)} allLabel={all} />
        <FilterSelect label={t('measures.filters.protectiveFactor')} value={values.protectiveFactor}
          choices={options.protectiveFactors} onChange={(v) => onChange('protectiveFactor', v)} allLabel={all} />
        <FilterSelect label={t('measures.filters.sort')} value={values.sort}
          choices={['title', '-title', 'startDate', '-startDate', '-updatedAt'].map((value) => ({
            value,
            label: t(`measures.sort.${value}`),
          }))}
          onChange={(v) => onChange('sort', v)} allLabel={t('measures.sort.title')} />
      </div>
      <button type="button" className="button button-secondary" onClick={() => { setText(''); onClear(); }}>
        {t('measures.filters.clear')}
      </button>
    </form>
  );
}
