import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '@/lib/i18n/use-localized';
import type { CrimeStatistics } from '../api/types';

/**
 * The row names of a report's crime tables: a category's name in the active language, a sex or
 * an age group in words ("Uppgift saknas" for the bucket the police deliver unsplit). The status
 * report's preview and the evaluation use the same names, as their PDFs do.
 */
export function useCrimeLabels() {
  const { t } = useTranslation();
  const { text } = useLocalized();

  const category = useCallback(
    (statistics: CrimeStatistics, code: string | null | undefined) => {
      const known = statistics.categories.find((c) => c.code === code);
      return known ? text(known.name) : code ?? '';
    },
    [text],
  );

  const sex = useCallback((code: string | null | undefined) => t(`reports.sex.${code ?? 'all'}`), [t]);

  const ageGroup = useCallback(
    (code: string | null | undefined) => {
      if (!code || code === 'all') return t('reports.ageTotal');
      if (code === 'notRecorded') return t('reports.ageNotRecorded');
      if (code === '65plus') return t('reports.age65plus');
      return t('reports.age', { group: code });
    },
    [t],
  );

  return useMemo(() => ({ category, sex, ageGroup }), [category, sex, ageGroup]);
}
