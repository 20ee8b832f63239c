import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface YearSelectProps {
  years: number[];
  value: number | undefined;
  onChange: (year: number | undefined) => void;
}

export function YearSelect({ years, value, onChange }: YearSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('areas.yearLabel')}</label>
      <select
        id={id}
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
    </div>
  );
}
