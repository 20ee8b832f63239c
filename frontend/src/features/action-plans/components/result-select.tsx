import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import type { PickOption } from '@/components/picker';
import { crimeResult, indicatorResult } from './plan-state';

/** An action's result figure: one select of indicators and crime categories, so it is never both. */
export function ResultSelect({ field, value, onChange, indicators, crimeCategories }: {
  field: { id: string; name: string; errors?: readonly string[] };
  value: string;
  onChange: (value: string) => void;
  indicators: PickOption[];
  crimeCategories: PickOption[];
}) {
  const { t } = useTranslation();
  const L = (key: string) => t(`actionPlans.editor.${key}`);
  return (
    <FormField {...field} label={L('result')} hint={L('resultHint')}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{L('noResult')}</option>
          <optgroup label={L('resultIndicators')}>
            {indicators.map((o) => (
              <option key={o.value} value={indicatorResult(Number(o.value))}>
                {o.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={L('resultCrime')}>
            {crimeCategories.map((o) => (
              <option key={o.value} value={crimeResult(o.value)}>
                {o.label}
              </option>
            ))}
          </optgroup>
        </select>
      )}
    </FormField>
  );
}
