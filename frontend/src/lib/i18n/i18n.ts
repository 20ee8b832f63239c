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

/** A catalogue, or a part of one, in each language: fetched when needed. */
export type CatalogueLoaders = Record<Language, () => Promise<{ default: object }>>;

const catalogues: CatalogueLoaders = {
  sv: () => import('./sv.json'),
  en: () => import('./en.json'),
};

/** The parts the pages visited so far brought: a language fetched later brings them too. */
const parts: CatalogueLoaders[] = [];

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `part`'s keys merged into `into` (a part adds keys under a shared top key, e.g. a page's texts). */
function merge(into: Tree, part: Tree): Tree {
  const out: Tree = { ...into };
  for (const [key, value] of Object.entries(part)) {
    const existing = out[key];
    out[key] = isTree(existing) && isTree(value) ? merge(existing, value) : value;
  }
  return out;
}

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
    Promise.all([catalogues[language](), ...parts.map((part) => part[language]())]).then(
      ([catalogue, ...rest]) =>
        callback(null, rest.reduce<Tree>((all, part) => merge(all, part.default as Tree), catalogue.default as Tree)),
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

/**
 * Brings a part of the catalogue that only some lazily loaded pages need (their texts would
 * otherwise count against the first visit's JavaScript budget): fetched in every language
 * already loaded, and in any language the reader switches to later. A page's loader awaits it,
 * so the page never shows a missing text.
 */
export async function loadCataloguePart(part: CatalogueLoaders): Promise<void> {
  if (parts.includes(part)) return;
  parts.push(part);
  await Promise.all(
    languages
      .filter((language) => i18n.hasResourceBundle(language, 'translation'))
      .map(async (language) => i18n.addResourceBundle(language, 'translation', (await part[language]()).default, true, true)),
  );
}

/** `module` once the catalogue part `texts` is there too: how a page comes with its texts. */
export async function withTexts<M>(texts: CatalogueLoaders, module: Promise<M>): Promise<M> {
  const [loaded] = await Promise.all([module, loadCataloguePart(texts)]);
  return loaded;
}
