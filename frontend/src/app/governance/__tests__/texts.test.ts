import { describe, expect, it } from 'vitest';
import mainSv from '@/lib/i18n/sv.json';
import en from '../i18n/en.json';
import sv from '../i18n/sv.json';

const keys = (catalogue: object, prefix = ''): string[] =>
  Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe("the governance page's catalogue part", () => {
  it('holds the same keys in Swedish and English, none of which the main catalogue has', () => {
    expect(keys(en)).toEqual(keys(sv));
    const main = new Set(keys(mainSv));
    expect(keys(sv).filter((key) => main.has(key))).toEqual([]);
  });
});
