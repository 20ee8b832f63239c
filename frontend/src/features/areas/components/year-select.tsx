import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';

interface YearSelectProps {
  years: number[];
  value: number | undefined;
  onChange: (year: number | undefined) => void;
}

export function YearSelect({ years, value, onChange }: YearSelectProps) {
  const { t } = useTranslation();
  return (
    <FormField label={t('areas.yearLabel')}>
      {(control) => (
        <select
          {...control}
          value={value === undefined ? '' : String(value)}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        >
          <option value="">{t('areas.latestYear')}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
