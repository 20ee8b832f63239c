import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';

export interface GoalOption {
  id: number;
  label: string;
}

interface GoalFilterProps {
  options: GoalOption[];
  value: number | undefined;
  onChange: (goalId: number | undefined) => void;
}

/** A labelled select that narrows the indicators to one goal. */
export function GoalFilter({ options, value, onChange }: GoalFilterProps) {
  const { t } = useTranslation();
  return (
    <FormField label={t('indicators.list.filterLabel')}>
      {(control) => (
        <select
          {...control}
          value={value === undefined ? '' : String(value)}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        >
          <option value="">{t('indicators.list.allGoals')}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
