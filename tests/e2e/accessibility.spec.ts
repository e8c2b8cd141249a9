// Automated accessibility check (axe-core) of the main screens: no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the drafting screen, its panels, the dashboard and every header dialog pass axe', async ({ page, host }) => {
  await page.goto(`${host.url}#/p/7`);
  await expect(page.getByRole('heading', { name: 'Paragraph 7' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Answer to paragraph 7', exact: true }).click();
  await page.keyboard.type('The Convention was applied in 2021.');
  await page.locator('[data-answer="7"] [data-state="saved"]').waitFor();
  await page.locator('[data-answer="7"]').getByRole('button', { name: 'History' }).click();
  await page.locator('[data-answer="7"]').getByRole('button', { name: /^Comments/ }).click();
  expect(await seriousViolations(page), 'paragraph view').toEqual([]);

  const buttons = page.getByRole('banner').locator('button');
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    const name = (await buttons.nth(i).innerText()).trim();
    await buttons.nth(i).click();
    await page.waitForTimeout(300);
    expect(await seriousViolations(page), `after opening "${name}"`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.goto(`${host.url}#/p/7`);
    await expect(page.getByRole('heading', { name: 'Paragraph 7' })).toBeVisible();
  }
});

test('the outline and the answers can be reached and used with the keyboard alone', async ({ page, host }) => {
  await page.goto(`${host.url}#/p/1`);
  await expect(page.getByRole('heading', { name: 'Paragraph 1' })).toBeVisible();
  const tree = page.getByRole('tree');
  await tree.getByRole('treeitem', { name: /^1\. / }).focus();
  await page.keyboard.press('ArrowDown'); // 1 (a)
  await page.keyboard.press('ArrowDown'); // 1 (b)
  await page.keyboard.press('ArrowDown'); // 1 (c)
  await page.keyboard.press('ArrowDown'); // 2.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Paragraph 2' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { name: 'Paragraph 3' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Answer to paragraph 3', exact: true })).toBeFocused();
  await page.keyboard.type('Typed without a mouse.');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' Bold part');
  await expect(page.getByRole('textbox', { name: 'Answer to paragraph 3', exact: true }).locator('strong')).toHaveText(' Bold part');
});
