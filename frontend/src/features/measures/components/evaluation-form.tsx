import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldsetField, FormField, useFormFields } from '@/components/form-field';
import { isApiProblem } from '@/lib/api/api-problem';
import type { ComparisonSuggestions, EvaluationInput, MeasureEvaluation } from '@/lib/api/types';
import { fieldErrors } from './field-errors';
import type { Choice } from './vocabulary';

export interface EvaluationFormOptions {
  districts: Choice[];
  categories: Choice[];
}

interface EvaluationFormProps {
  evaluation: MeasureEvaluation | null;
  measureDistricts: string[];
  options: EvaluationFormOptions;
  onSubmit: (input: EvaluationInput) => void;
  onSuggest: (args: { category: string; interventionStart: string; monthsBefore: number; districts: string[] }) => Promise<ComparisonSuggestions>;
  onCancel: () => void;
  error: unknown;
  pending: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The design of a measure's effect follow-up: outcome, districts, start and windows, with suggested comparisons. */
export function EvaluationForm({ evaluation, measureDistricts, options, onSubmit, onSuggest, onCancel, error, pending }: EvaluationFormProps) {
  const { t } = useTranslation();
  const [category, setCategory] = useState(evaluation?.outcome.code ?? options.categories[0]?.value ?? '');
  const [targets, setTargets] = useState<string[]>(evaluation?.targetDistricts.map((d) => d.code) ?? measureDistricts);
  const [comparisons, setComparisons] = useState<string[]>(evaluation?.comparisonDistricts.map((d) => d.code) ?? []);
  const [start, setStart] = useState(evaluation?.interventionStart ?? '');
  const [monthsBefore, setMonthsBefore] = useState(String(evaluation?.monthsBefore ?? 24));
  const [monthsAfter, setMonthsAfter] = useState(String(evaluation?.monthsAfter ?? 12));
  const [suggestion, setSuggestion] = useState<{ pending: boolean; text?: string }>({ pending: false });
  const errors = fieldErrors(error);
  const field = useFormFields(errors);
  const problem = isApiProblem(error) ? error : null;
  const L = (key: string) => t(`measures.evaluation.form.${key}`);
  const now = new Date();
  const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      outcome: { kind: 'crimeCategory', code: category },
      targetDistricts: targets,
      comparisonDistricts: comparisons,
      interventionStart: start,
      monthsBefore: Number(monthsBefore),
      monthsAfter: Number(monthsAfter),
    });
  };

  const suggest = async () => {
    setSuggestion({ pending: true });
    try {
      const page = await onSuggest({ category, interventionStart: start, monthsBefore: Number(monthsBefore), districts: targets });
      const codes = page.items.map((item) => item.district.code).filter((code) => !targets.includes(code)).slice(0, 4);
      if (codes.length > 0) setComparisons(codes);
      setSuggestion({ pending: false, text: codes.length > 0 ? L('suggested') : L('noSuggestions') });
    } catch (e) {
      setSuggestion({ pending: false, text: isApiProblem(e) ? e.message : String(e) });
    }
  };

  const districtBoxes = (name: 'targetDistricts' | 'comparisonDistricts', selected: string[], set: (v: string[]) => void, legend: string) => (
    <FieldsetField {...field(name)} legend={legend} className="checkbox-group">
      <div className="checkbox-grid">
        {options.districts.map((choice) => (
          <FormField key={choice.value} label={choice.label} inline>
            {(control) => (
              <input {...control} type="checkbox" name={name} value={choice.value} checked={selected.includes(choice.value)}
                onChange={(e) => set(e.target.checked ? [...selected, choice.value] : selected.filter((v) => v !== choice.value))} />
            )}
          </FormField>
        ))}
      </div>
    </FieldsetField>
  );

  return (
    <form className="measure-form" onSubmit={submit} noValidate aria-label={L('legend')}>
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{problem.title}</p>
          {problem.detail && <p>{problem.detail}</p>}
        </div>
      )}
      <FormField {...field('outcome')} label={L('outcome')} required>
        {(control) => (
          <select {...control} value={category} onChange={(e) => setCategory(e.target.value)}>
            {options.categories.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-row">
        <FormField {...field('interventionStart')} label={L('start')} required>
          {(control) => (
            <input {...control} type="text" inputMode="numeric" placeholder="2025-03" value={start}
              onChange={(e) => setStart(e.target.value.trim())} />
          )}
        </FormField>
        <FormField {...field('monthsBefore')} label={L('monthsBefore')} required>
          {(control) => (
            <input {...control} type="number" min={3} max={120} value={monthsBefore} onChange={(e) => setMonthsBefore(e.target.value)} />
          )}
        </FormField>
        <FormField {...field('monthsAfter')} label={L('monthsAfter')} required>
          {(control) => (
            <input {...control} type="number" min={1} max={120} value={monthsAfter} onChange={(e) => setMonthsAfter(e.target.value)} />
          )}
        </FormField>
      </div>
      {MONTH.test(start) && start <= thisMonth && (
        <p className="alert alert-warning" data-testid="retrospective-warning">
          {L('retrospectiveWarning')}
        </p>
      )}
      {districtBoxes('targetDistricts', targets, setTargets, L('targets'))}
      <p>
        <button type="button" className="button button-secondary" onClick={() => void suggest()}
          disabled={suggestion.pending || !MONTH.test(start) || category === ''}>
          {suggestion.pending ? L('suggesting') : L('suggest')}
        </button>
      </p>
      <p aria-live="polite" data-testid="suggestion-status">
        {suggestion.text}
      </p>
      {districtBoxes('comparisonDistricts', comparisons, setComparisons, L('comparisons'))}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? L('saving') : L('save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {L('cancel')}
        </button>
      </div>
    </form>
  );
}
