import type { TFunction } from 'i18next';
import type { IndicatorObservation, IndicatorUnit } from '@/lib/api/types';

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

/**
 * An observation as the reader may see it: "dold – för få svarande" when suppressed, "ca 40 %"
 * when rounded to what its group size supports, the value otherwise.
 */
export const formatObservation = (
  o: Pick<IndicatorObservation, 'value' | 'disclosure'>,
  unit: IndicatorUnit,
  locale: string,
  t: TFunction,
): string => {
  if (o.value === null || o.disclosure === 'suppressed') return t('indicators.values.suppressed');
  const value = formatValue(o.value, unit, locale);
  return o.disclosure === 'rounded' ? t('indicators.values.rounded', { value }) : value;
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
