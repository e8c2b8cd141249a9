// What a language check reads on screen, and the catalog strings it must not find there: the
// English ones on a Russian screen, the Russian ones (the old fallback) on a Kyrgyz screen.
import type { Page } from '@playwright/test';
import { catalogs } from '../../renderer/src/i18n/catalogs';

export type CatalogMatcher = { ns: string; key: string; re: RegExp };

/** Every `shown` string that differs in `instead`, as a matcher (placeholders match any text);
 * strings without two `letters` in a row (numbers, symbols, placeholders) are left out. */
export function catalogMatchers(shown: 'en' | 'ru', instead: 'ru' | 'ky', letters: RegExp): CatalogMatcher[] {
  const out: CatalogMatcher[] = [];
  for (const [ns, catalog] of Object.entries(catalogs) as Array<[string, Record<'en' | 'ru' | 'ky', Record<string, string>>]>) {
    for (const [key, text] of Object.entries(catalog[shown])) {
      if (catalog[instead][key] === text || text.trim() === '' || !letters.test(text.replace(/\{\{[^}]+\}\}/g, ''))) continue;
      const pattern = text.split(/\{\{[^}]+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
      out.push({ ns, key, re: new RegExp(`^${pattern}$`) });
    }
  }
  return out;
}

/** The strings of one language that read the same wherever they show (no placeholders). */
export function fixedStrings(lang: 'en' | 'ru' | 'ky'): string[] {
  return Object.values(catalogs).flatMap((catalog) => Object.values(catalog[lang] as Record<string, string>).filter((text) => !text.includes('{{')));
}

/** What a user sees or hears: text lines, and labels, placeholders and titles. */
export async function visibleStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    for (const line of document.body.innerText.split('\n')) if (line.trim()) out.add(line.trim());
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title], option, button, label, th, caption, legend, h1, h2, h3')) {
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(attr);
        if (v?.trim()) out.add(v.trim());
      }
      if (el.innerText?.trim()) out.add(el.innerText.trim());
    }
    return [...out];
  });
}

/** The visible strings that match a catalog string, each named by its namespace and key. */
export async function stringsFrom(page: Page, matchers: CatalogMatcher[], except = new Set<string>()): Promise<string[]> {
  const strings = (await visibleStrings(page)).filter((s) => !except.has(s));
  return strings.flatMap((s) => matchers.filter((m) => m.re.test(s)).map((m) => `${s}  [${m.ns}.${m.key}]`));
}
