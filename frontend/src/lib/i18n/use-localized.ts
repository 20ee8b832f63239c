import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@/lib/api/types';
import type { Language } from './i18n';

/** The active language, and helpers to show API texts (`{sv, en}`) and numbers in it. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'sv';
  const locale = language === 'en' ? 'en-GB' : 'sv-SE';

  const text = useCallback(
    (value: LocalizedText | null | undefined) => (value ? value[language] || value.sv : ''),
    [language],
  );
  const number = useCallback(
    (value: number) => new Intl.NumberFormat(locale).format(value),
    [locale],
  );
  return { language, locale, text, number };
}
