import type { CatalogueLoaders } from '@/lib/i18n/i18n';

// The parts of the catalogue that come with the pages that need them (loadCataloguePart in
// i18n.ts): each is fetched with its page's code, never on a first visit.

/** The lägesbild and plan pages' texts, which come with those pages. */
export const situationTexts: CatalogueLoaders = {
  sv: () => import('./situation/i18n/sv.json'),
  en: () => import('./situation/i18n/en.json'),
};

/** The governance page's texts (forum decisions, the policy's levels), which come with that page. */
export const governanceTexts: CatalogueLoaders = {
  sv: () => import('./governance/i18n/sv.json'),
  en: () => import('./governance/i18n/en.json'),
};

/** Mina uppgifter's texts, which come with the page. */
export const taskTexts: CatalogueLoaders = {
  sv: () => import('./tasks/i18n/sv.json'),
  en: () => import('./tasks/i18n/en.json'),
};

/** The policy and goal pages' texts on indicators per policy and measures through the crosswalk. */
export const policyTexts: CatalogueLoaders = {
  sv: () => import('./policies/i18n/sv.json'),
  en: () => import('./policies/i18n/en.json'),
};

/** The public start page's and the accessibility statement's texts, which come with those pages. */
export const publicTexts: CatalogueLoaders = {
  sv: () => import('./public/i18n/sv.json'),
  en: () => import('./public/i18n/en.json'),
};

/** The indicator page's texts on when the next value is due (the publication lag form). */
export const indicatorTexts: CatalogueLoaders = {
  sv: () => import('./indicators/i18n/sv.json'),
  en: () => import('./indicators/i18n/en.json'),
};
