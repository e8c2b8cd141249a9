// The interface in Russian: walks the main screens and fails on any string of the English catalogue
// (text, labels, placeholders, titles) that shows up untranslated. Proper nouns are the strings that
// read the same in both catalogues (Treaty Desk).
import type { Page } from '@playwright/test';
import { catalogs } from '../../renderer/src/i18n/catalogs';
import { expect, test } from './fixtures';

/** Every English string whose Russian differs, as a matcher (placeholders match any text). */
function englishMatchers(): Array<{ ns: string; key: string; re: RegExp }> {
  const out: Array<{ ns: string; key: string; re: RegExp }> = [];
  for (const [ns, catalog] of Object.entries(catalogs) as Array<[string, { en: Record<string, string>; ru: Record<string, string> }]>) {
    for (const [key, en] of Object.entries(catalog.en)) {
      if (catalog.ru[key] === en || en.trim() === '' || !/[A-Za-z]{2}/.test(en.replace(/\{\{[^}]+\}\}/g, ''))) continue;
      const pattern = en.split(/\{\{[^}]+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
      out.push({ ns, key, re: new RegExp(`^${pattern}$`) });
    }
  }
  return out;
}

/** What a user sees or hears: text lines, and labels, placeholders and titles. */
async function visibleStrings(page: Page): Promise<string[]> {
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

/** Proper nouns: the product, and each language named in its own language in the switcher. */
const PROPER_NOUNS = new Set(['Treaty Desk', 'English', 'Русский', 'Кыргызча']);

async function expectAllRussian(page: Page, where: string, matchers: ReturnType<typeof englishMatchers>) {
  const strings = (await visibleStrings(page)).filter((s) => !PROPER_NOUNS.has(s));
  const untranslated = strings.flatMap((s) => matchers.filter((m) => m.re.test(s)).map((m) => `${s}  [${m.ns}.${m.key}]`));
  expect(untranslated, `untranslated strings on ${where}`).toEqual([]);
}

test('the main screens in Russian show no string from the English catalogue', async ({ page, host }) => {
  const matchers = englishMatchers();
  expect(matchers.length).toBeGreaterThan(100);
  await page.addInitScript(() => localStorage.setItem('treaty-desk.language', 'ru'));
  await page.goto(`${host.url}#/p/7`);
  await expect(page.getByRole('heading', { name: 'Пункт 7' })).toBeVisible();

  // Drafting: an answer with a footnote, then its history and comments panels.
  const editor = page.getByRole('textbox', { name: 'Ответ на пункт 7', exact: true });
  await editor.click();
  await page.keyboard.type('Суд применил Конвенцию в 2021 году.');
  await page.locator('[data-answer="7"]').getByRole('button', { name: 'Сноска', exact: true }).click();
  await expectAllRussian(page, 'the footnote dialog', matchers);
  await page.keyboard.type('Решение № 12.');
  await page.keyboard.press('Control+Enter');
  await page.locator('[data-answer="7"] [data-state="saved"]').waitFor();
  await page.locator('[data-answer="7"]').getByRole('button', { name: 'История' }).click();
  await page.locator('[data-answer="7"]').getByRole('button', { name: /^Комментарии/ }).click();
  await expectAllRussian(page, 'the paragraph view', matchers);

  await page.getByRole('combobox', { name: 'Поиск' }).fill('Конвенц');
  await expect(page.getByRole('listbox', { name: 'Результаты поиска' })).toBeVisible();
  await expectAllRussian(page, 'search results', matchers);
  await page.keyboard.press('Escape');

  // Every dialog of the header, one after the other.
  const header = page.getByRole('banner');
  const buttons = header.locator('button');
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    const name = (await buttons.nth(i).innerText()).trim();
    await buttons.nth(i).click();
    await page.waitForTimeout(300);
    await expectAllRussian(page, `the "${name}" screen`, matchers);
    await page.keyboard.press('Escape');
    await page.goto(`${host.url}#/p/7`);
    await expect(page.getByRole('heading', { name: 'Пункт 7' })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Ограничения…' }).click();
  await expectAllRussian(page, 'the limits dialog', matchers);
});
