import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrimeFigure } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';
import type { Measure } from './explorer-params';

/** A figure as the API answers it: a cell's own, or its previous or year-earlier one. */
export type Figure = Pick<CrimeFigure, 'value' | 'suppressed' | 'suppressionReason'> &
  Partial<Pick<CrimeFigure, 'disclosure'>>;

/** Change from `before` to `now` in percent; null when it cannot be computed (suppressed, missing or 0). */
export function change(now: Figure | null | undefined, before: Figure | null | undefined): number | null {
  if (!now || !before || now.value === null || before.value === null || before.value === 0) return null;
  return ((now.value - before.value) / before.value) * 100;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;

/** Texts for figures, periods, sexes and age groups in the active language. */
export function useCrimeFormat() {
  const { t } = useTranslation();
  const { locale } = useLocalized();

  const decimal = useCallback(
    (value: number, digits: number) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    [locale],
  );

  /** A value in the measure: whole crimes, or a rate with one decimal. */
  const value = useCallback(
    (v: number, measure: Measure) => decimal(v, measure === 'count' ? 0 : 1),
    [decimal],
  );

  /**
   * A figure, or why there is none: "färre än 3" when suppressed (never 0), "≈ 57" when
   * perturbed (the legend says what ≈ means), the figure when exact.
   */
  const figure = useCallback(
    (f: Figure | null | undefined, measure: Measure, threshold: number) => {
      if (!f) return t('crimeStatistics.figure.none');
      if (f.suppressed) return t('crimeStatistics.figure.fewerThan', { threshold });
      if (f.value === null) return t('crimeStatistics.figure.none');
      const text = value(f.value, measure);
      return f.disclosure === 'perturbed' ? t('crimeStatistics.figure.perturbed', { value: text }) : text;
    },
    [t, value],
  );

  /** A change in percent with its sign, e.g. "+5,2 %"; "–" when it cannot be computed. */
  const percent = useCallback(
    (p: number | null) => {
      if (p === null) return '–';
      const text = decimal(Math.abs(p), 1);
      return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${text} %`;
    },
    [decimal],
  );

  const period = useCallback(
    (p: string | null) => {
      if (!p) return '';
      const month = MONTH.exec(p);
      if (month) {
        const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
        return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
      }
      const quarter = QUARTER.exec(p);
      if (quarter) return t('crimeStatistics.period.quarter', { year: quarter[1], n: quarter[2] });
      const half = HALF.exec(p);
      if (half) return t('crimeStatistics.period.half', { year: half[1], n: half[2] });
      return p.replace('/', '–');
    },
    [locale, t],
  );

  const sex = useCallback((code: string | null) => (code ? t(`crimeStatistics.sex.${code}`, code) : ''), [t]);

  const ageGroup = useCallback(
    (code: string | null) => {
      if (!code) return '';
      if (code === 'notRecorded' || code === 'all') return t(`crimeStatistics.ageGroup.${code}`);
      if (code.endsWith('plus')) return t('crimeStatistics.ageGroup.plus', { from: code.replace('plus', '') });
      return t('crimeStatistics.ageGroup.range', { range: code.replace('-', '–') });
    },
    [t],
  );

  return useMemo(
    () => ({ value, figure, percent, period, sex, ageGroup, decimal }),
    [value, figure, percent, period, sex, ageGroup, decimal],
  );
}
