// The coordinator's screens in Kyrgyz: importing a bundle (refused, key confirmed, imported with a
// conflict), the conflict queue, a data table, the Export dialog and Backups. No string of the
// Russian catalogue may show: Kyrgyz used to fall back to it for the strings it lacked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { runCommand } from '../helpers/cli';
import { repoRoot, startHost, tempDir } from '../helpers/host-process';
import { type CatalogMatcher, catalogMatchers, fixedStrings, stringsFrom } from './catalog-strings';
import { expect, test } from './fixtures';

const COORD = 'Ministry of Foreign Affairs';
const LABOUR = 'Ministry of Labour';

let clock = Date.parse('2026-03-02T08:00:00Z');
const cli = (who: string, ...argv: string[]) => runCommand(argv, { env: { TREATY_DESK_PASSPHRASE: `${who} secret` }, now: new Date((clock += 600_000)) });

/** Labour and the coordinator change paragraph 5 differently; paragraph 7 has a table. */
async function workspace(dir: string) {
  const f = (n: string) => join(dir, n);
  await cli(COORD, 'init', f('coord.sqlite'), '--loi', join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt'), '--institution', COORD);
  await cli(COORD, 'answer', f('coord.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded.');
  writeFileSync(f('t.csv'), 'Region,2022,2023,Total\nBishkek,120,130,250\nOsh,80,95,170\nTotal,200,225,420\n');
  await cli(COORD, 'add-table', f('coord.sqlite'), '--paragraph', '7', '--csv', f('t.csv'), '--title', 'Complaints by region');
  await cli(COORD, 'invite', f('coord.sqlite'), '--institution', LABOUR, '--paragraphs', '5', '--out', f('invite.tdbundle'));
  const fingerprint = (await cli(LABOUR, 'join', f('labour.sqlite'), '--invite', f('invite.tdbundle'))).lines.at(-1)!;
  await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded monthly.');
  await cli(COORD, 'answer', f('coord.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded by consulates.');
  await cli(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('labour-1.tdbundle'));
  return { db: f('coord.sqlite'), bundle: f('labour-1.tdbundle'), fingerprint };
}

/** Kyrgyz strings a Russian pattern would also match ('Таблица куралдары' is not 'Таблица {{n}}'),
 * and proper nouns: the product, and each language named in its own language in the switcher. */
const KYRGYZ = new Set([...fixedStrings('ky'), 'Treaty Desk', 'English', 'Русский', 'Кыргызча']);

async function expectNoRussian(page: Page, where: string, matchers: CatalogMatcher[], shot: string) {
  await page.screenshot({ path: `test-results/i18n-ky/${shot}.png` });
  expect(await stringsFrom(page, matchers, KYRGYZ), `Russian strings on ${where}`).toEqual([]);
}

test('the coordinator’s screens in Kyrgyz show no string of the Russian catalogue', async ({ page }) => {
  // Every Russian string whose Kyrgyz differs: what the fallback used to show.
  const matchers = catalogMatchers('ru', 'ky', /[А-Яа-яЁё]{2}/);
  expect(matchers.length).toBeGreaterThan(300);
  const dir = tempDir('treaty-desk-e2e-ky-');
  const { db, bundle, fingerprint } = await workspace(dir);
  const host = await startHost(db);
  try {
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.addInitScript(() => localStorage.setItem('treaty-desk.language', 'ky'));
    await page.goto(`${host.url}#/p/7`);
    await expect(page.getByRole('heading', { name: '7-пункт' })).toBeVisible();
    const header = page.getByRole('banner');
    // The contributors' hint is read whole in its field, not cut off.
    const contributors = page.getByLabel('Катышуучу мекемелер');
    expect(await contributors.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      return context.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    })).toBe(true);

    // A bundle signed with a key not confirmed yet is refused; confirming it imports it, with a conflict.
    await header.getByRole('button', { name: 'Пакеттер', exact: true }).click();
    const bundles = page.getByRole('dialog', { name: 'Пакеттер жана мекемелер' });
    await expectNoRussian(page, 'the bundles page', matchers, '1-bundles');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), bundles.getByRole('button', { name: 'Пакетти импорттоо…' }).click()]);
    await chooser.setFiles(bundle);
    const report = page.getByRole('dialog', { name: 'Пакетти импорттоо' });
    await expect(report.locator('[data-outcome]')).toHaveText('Пакет четке кагылды. Бул иш мейкиндигинде эч нерсе өзгөргөн жок.');
    await expectNoRussian(page, 'a refused bundle', matchers, '2-refused');
    // The key seen but not confirmed wraps, so the table, its Actions column included, fits the page;
    // the date of the refusal is numeric, not Russian's "2 мар. 2026 г." (Chromium has no Kyrgyz dates).
    const [table, dialog] = await Promise.all([bundles.locator('table.institutions').boundingBox(), bundles.boundingBox()]);
    expect(table!.x + table!.width).toBeLessThanOrEqual(dialog!.x + dialog!.width);
    await expect(bundles.locator(`tr[data-institution="${LABOUR}"]`)).toContainText(/\d\d\.\d\d\.\d{4}, \d\d:\d\d четке кагылган/);
    await report.getByRole('button', { name: 'Бул ачкычты ырастоо…' }).click();
    await report.getByLabel(/окуп берген из/).fill(fingerprint);
    await expectNoRussian(page, 'confirming a key', matchers, '3-confirm-key');
    await report.getByRole('button', { name: 'Бул ачкычка ишенүү' }).click();
    await report.getByRole('button', { name: 'Кайра импорттоо' }).click();
    await expect(report.locator('[data-outcome]')).toHaveText(`«${LABOUR}» мекемесинин №1 пакети импорттолду.`);
    await expectNoRussian(page, 'the import report', matchers, '4-report');
    await report.getByRole('button', { name: 'Жабуу' }).click();
    await expectNoRussian(page, 'the institutions', matchers, '5-institutions');
    await bundles.getByRole('button', { name: 'Жабуу' }).click();

    await header.getByRole('button', { name: /^Карама-каршылыктар \(/ }).click();
    const queue = page.getByRole('dialog', { name: 'Бириктирүүдөгү карама-каршылыктар' });
    await queue.getByRole('list', { name: 'Ачык карама-каршылыктар' }).getByRole('button').first().click();
    await expectNoRussian(page, 'the conflict queue', matchers, '6-conflict');
    await queue.getByRole('button', { name: 'Өзгөртүү…' }).click();
    await expectNoRussian(page, 'editing a conflict', matchers, '7-conflict-edit');
    // Escape leaves the queue only once no agreed version is being written.
    await queue.getByRole('button', { name: 'Жокко чыгаруу' }).click();
    await page.keyboard.press('Escape');
    await expect(queue).toHaveCount(0);

    await page.goto(`${host.url}#/p/7`);
    const grid = page.locator('[data-answer="7"]').getByRole('grid');
    await grid.click();
    await expectNoRussian(page, 'the table editor', matchers, '8-table');

    await header.getByRole('button', { name: 'Баяндаманы түзүү…' }).click();
    await page.getByRole('dialog', { name: 'Мамлекет-катышуучунун баяндамасын түзүү' }).locator('.check-summary').waitFor();
    await expectNoRussian(page, 'the Export dialog', matchers, '9-export');
    await page.keyboard.press('Escape');

    await header.getByRole('button', { name: 'Камдык көчүрмөлөр' }).click();
    const backups = page.getByRole('dialog', { name: 'Камдык көчүрмөлөр' });
    await backups.getByRole('button', { name: 'Азыр көчүрмө алуу' }).click();
    await expect(backups.getByRole('status')).toContainText('Көчүрмө алынды');
    await expect(backups.getByRole('row').filter({ hasText: 'Кол менен' })).toContainText(/\d КБ/);
    await expectNoRussian(page, 'the backups', matchers, '10-backups');
  } finally {
    await host.stop();
  }
});
