// The interface in Russian: walks the main screens and fails on any string of the English catalogue
// (text, labels, placeholders, titles) that shows up untranslated. Proper nouns are the strings that
// read the same in both catalogues (Treaty Desk).
import type { Page } from '@playwright/test';
import { type CatalogMatcher, catalogMatchers, stringsFrom } from './catalog-strings';
import { expect, test } from './fixtures';

/** Proper nouns: the product, and each language named in its own language in the switcher. */
const PROPER_NOUNS = new Set(['Treaty Desk', 'English', 'Русский', 'Кыргызча']);

async function expectAllRussian(page: Page, where: string, matchers: CatalogMatcher[]) {
  expect(await stringsFrom(page, matchers, PROPER_NOUNS), `untranslated strings on ${where}`).toEqual([]);
}

test('the main screens in Russian show no string from the English catalogue', async ({ page, host }) => {
  // Every English string whose Russian differs.
  const matchers = catalogMatchers('en', 'ru', /[A-Za-z]{2}/);
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
