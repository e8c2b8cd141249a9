// Every screen's Kyrgyz catalog is complete: a missing key would show Russian in the middle of a
// Kyrgyz screen, and a lost placeholder would drop a name or a number from the sentence.
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../renderer/src/i18n/catalogs';

/** Plural forms Kyrgyz does not have: Intl.PluralRules('ky') knows only `one` and `other`. */
const notKyrgyz = (key: string) => /_(few|many|zero|two)$/.test(key);
const placeholders = (text: string) => [...new Set(text.match(/\{\{[^}]+\}\}/g) ?? [])].sort();

const namespaces = Object.entries(catalogs) as Array<[string, { en: Record<string, string>; ky: Record<string, string> }]>;

describe.each(namespaces)('the Kyrgyz catalog of %s', (_ns, catalog) => {
  const keys = Object.keys(catalog.en).filter((key) => !notKyrgyz(key));

  it('has every key English has', () => {
    expect(keys.filter((key) => !(key in catalog.ky))).toEqual([]);
  });

  it('has no empty string', () => {
    expect(Object.entries(catalog.ky).filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('keeps the placeholders of each English string', () => {
    const lost = keys.filter((key) => key in catalog.ky && placeholders(catalog.ky[key]).join() !== placeholders(catalog.en[key]).join());
    expect(lost.map((key) => `${key}: ${catalog.en[key]} → ${catalog.ky[key]}`)).toEqual([]);
  });

  it('uses the plural categories Kyrgyz has', () => {
    expect(new Intl.PluralRules('ky').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
    expect(Object.keys(catalog.ky).filter(notKyrgyz)).toEqual([]);
  });
});
