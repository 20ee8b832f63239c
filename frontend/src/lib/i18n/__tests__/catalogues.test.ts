import { describe, expect, it, vi } from 'vitest';
import en from '../en.json';
import sv from '../sv.json';

/** The catalogue's keys as dotted paths (`nav.overview`). */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the language catalogues', () => {
  it('hold the same keys in Swedish and English, as no language falls back to the other', () => {
    const swedish = keys(sv);
    const english = keys(en);
    expect(english.filter((key) => !swedish.includes(key)), 'keys only in en.json').toEqual([]);
    expect(swedish.filter((key) => !english.includes(key)), 'keys only in sv.json').toEqual([]);
  });

  it('bring a part in the languages loaded, and in a language fetched after it', async () => {
    vi.resetModules();
    window.localStorage.setItem('varna.language', 'sv');
    const { i18n, i18nReady, loadCataloguePart } = await import('../i18n');
    await i18nReady;
    await loadCataloguePart({
      sv: async () => ({ default: { page: { title: 'Sidan' }, nav: { extra: 'Mer' } } }),
      en: async () => ({ default: { page: { title: 'The page' }, nav: { extra: 'More' } } }),
    });
    expect(i18n.t('page.title')).toBe('Sidan');
    expect(i18n.t('nav.extra')).toBe('Mer');
    expect(i18n.t('nav.overview'), 'a part adds keys under a shared top key').toBe(sv.nav.overview);

    await i18n.changeLanguage('en');
    expect(i18n.t('page.title')).toBe('The page');
    expect(i18n.t('nav.extra')).toBe('More');
    expect(i18n.t('nav.overview')).toBe(en.nav.overview);
  });

  it("fetch the reader's language only, and the other one when the reader switches", async () => {
    vi.resetModules();
    window.localStorage.setItem('varna.language', 'en');
    const { i18n, i18nReady } = await import('../i18n');
    await i18nReady;

    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.overview')).toBe(en.nav.overview);
    expect(i18n.hasResourceBundle('sv', 'translation')).toBe(false);

    await i18n.changeLanguage('sv');
    expect(i18n.t('nav.overview')).toBe(sv.nav.overview);
    expect(document.documentElement.lang).toBe('sv');
  });
});
