import type { IndicatorUnit } from '@/lib/api/types';

/** A value with its unit, in the reader's locale: `62,5 %`, `1 240 per 100 000`. */
export const formatValue = (value: number, unit: IndicatorUnit, locale: string): string => {
  const figure = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 'count' ? 0 : 1 }).format(value);
  switch (unit) {
    case 'percent':
      return `${figure} %`;
    case 'ratePer1000':
      return `${figure} / 1 000`;
    case 'ratePer100k':
      return `${figure} / 100 000`;
    default:
      return figure;
  }
};

/** A change with its sign, `+1,2` or `−0,4`; percentages in percentage points. */
export const formatChange = (value: number, unit: IndicatorUnit, locale: string, pointsLabel: string): string => {
  const figure = new Intl.NumberFormat(locale, {
    maximumFractionDigits: unit === 'count' ? 0 : 1,
    signDisplay: 'exceptZero',
  }).format(value);
  return unit === 'percent' ? `${figure} ${pointsLabel}` : figure;
};

export const formatDate = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
