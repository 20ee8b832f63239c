import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'varna.language';

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'sv';
  } catch {
    return 'sv';
  }
}

const catalogues: Record<Language, () => Promise<{ default: object }>> = {
  sv: () => import('./sv.json'),
  en: () => import('./en.json'),
};

/**
 * Each reader fetches the catalogue of their own language only (one is some 11 KB gzipped;
 * both in the first JavaScript would break its 150 KB budget, see docs/design.md). A switch
 * fetches the other one the first time; `changeLanguage` waits for it, so no page shows
 * half-translated.
 */
const languageCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(null, {});
      return;
    }
    catalogues[language]().then(
      (catalogue) => callback(null, catalogue.default),
      (error: unknown) => callback(error instanceof Error ? error.message : String(error), false),
    );
  },
};

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for the visit
  }
});

/** Settles when the reader's language is loaded: main.tsx renders after it. */
export const i18nReady = i18n.use(languageCatalogues).use(initReactI18next).init({
  lng: storedLanguage(),
  // No fallback: it would fetch Swedish for every English reader too. Both catalogues hold
  // the same keys instead (catalogues.test.ts).
  fallbackLng: false,
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18n.language;

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'sv');
