import { useTranslation } from 'react-i18next';
import { FieldsetField } from '@/components/form-field';

/** `value` added to or taken from `list`, which keeps its order. */
export const toggle = (list: readonly string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

export interface PickOption {
  value: string;
  label: string;
  /** Nested under the option before it (a subcategory under its category). */
  indent?: boolean;
}

interface Props {
  field: { id: string; name: string; errors?: readonly string[] };
  legend: string;
  options: PickOption[];
  picked: readonly string[];
  onChange: (picked: string[]) => void;
}

/**
 * Checkboxes for picking from a list the API serves (crime categories, districts, indicators,
 * factors, problems, organisations, measures): no free text, so every pick is a known code.
 * A long list scrolls in its box; the legend says how many are picked.
 */
export function Picker({ field, legend, options, picked, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <FieldsetField {...field} legend={`${legend} (${t('picker.picked', { count: picked.length })})`} className="checkbox-group">
      {options.length === 0 ? (
        <p className="muted">{t('picker.none')}</p>
      ) : (
        <div className={options.length > 12 ? 'scroll-box checkbox-grid' : 'checkbox-grid'}>
          {options.map((o, i) => (
            <div key={o.value} className="field-checkbox" style={o.indent ? { paddingLeft: '1.5rem' } : undefined}>
              <input type="checkbox" id={`${field.id}-${i}`} checked={picked.includes(o.value)}
                onChange={() => onChange(toggle(picked, o.value))} />
              <label htmlFor={`${field.id}-${i}`}>{o.label}</label>
            </div>
          ))}
        </div>
      )}
    </FieldsetField>
  );
}
