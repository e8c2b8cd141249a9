// Data tables end to end in the real UI: a sex × age table built from the keyboard, a total that
// disagrees flagged and fixed, undo, the chart, and everything still there after a reload; then
// spreadsheet ranges pasted through the real clipboard, a 10,000-cell paste included.
import type { APIRequestContext } from '@playwright/test';
import type { AnswerContent, DataTableElement } from '../../shared/editor/types';
import type { RunningHost } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { DraftingPage } from './pages/drafting-page';
import { TableEditor } from './pages/table-editor';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The answer as stored by the core, read through the same API the UI uses. */
async function stored(request: APIRequestContext, host: RunningHost, ref: string): Promise<AnswerContent> {
  const res = await request.post(`${host.origin}/api/question.get`, { headers: { 'x-treaty-desk-token': host.token }, data: { ref } });
  const body = (await res.json()) as { ok: boolean; value: { answers: Record<string, { content: AnswerContent }> } };
  return body.value.answers[ref]?.content ?? [];
}
const tablesOf = (content: AnswerContent) => content.filter((b): b is DataTableElement => b.type === 'data-table');

test('builds a disaggregated table by keyboard, flags a wrong total, undoes, charts it and keeps it across reload', async ({ page, host, request }) => {
  const drafting = new DraftingPage(page);
  await drafting.open(host.url);
  await drafting.selectParagraph(5);
  await drafting.type(5, 'Labour migrants registered in 2024, by sex and age:');
  const table = await TableEditor.insert(page, 5);
  await expect(table.grid).toBeFocused();

  // Six columns (region, women 0-17 and 18+, men 0-17 and 18+, total) and a second header row on top.
  for (let i = 0; i < 3; i++) await table.use('Insert column right');
  await table.use('Insert row above');
  await page.keyboard.press('Control+Home');
  await table.typeCells(['', 'Women', 'Women', 'Men', 'Men', '']);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await table.typeCells(['Region', '0-17', '18+', '0-17', '18+', 'Total', 'Chui', '10', '20', '5', '6', '41', 'Talas', '1', '..', '-', '2', '3', 'Total', '11', '20', '5', '8', '45']);
  await expect(table.cell(0, 1)).toHaveAttribute('colspan', '2');
  await expect(table.cell(0, 1)).toHaveText('Women');

  // Declare the totals: the last column, and the last row (chosen from the keyboard).
  await page.keyboard.press('Control+End');
  await table.use('Total column');
  await table.select('Row kind').selectOption('total');
  await expect(table.checks).toContainText('2 totals disagree with their parts');
  await expect(table.cell(4, 5)).toHaveAttribute('title', 'Entered 45; the rows it totals add up to 44; Entered 45; the columns it totals add up to 44');
  await expect(table.cell(3, 2)).not.toHaveAttribute('aria-invalid', 'true');

  // Fix it by typing over the cell, then undo the fix: the flag comes back.
  await table.grid.focus();
  await page.keyboard.type('44');
  await page.keyboard.press('Enter');
  await expect(table.checks).toContainText('All numbers read and all totals agree.');
  await page.keyboard.press('Control+z');
  await expect(table.cell(4, 5)).toHaveText('45');
  await expect(table.checks).toContainText('2 totals disagree');
  await page.keyboard.press('Control+y');
  await expect(table.cell(4, 5)).toHaveText('44');

  // A cell that is not a number is flagged where it is.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('F2');
  await page.keyboard.type('x');
  await page.keyboard.press('Enter');
  await expect(table.cell(3, 1)).toHaveAttribute('title', 'Not a number');
  await expect(table.checks).toContainText('1 cell is not a valid number');
  await page.keyboard.press('Control+z');
  await expect(table.cell(3, 1)).toHaveText('1');

  // Escape hands the keyboard to the table's tools, so the grid is never a trap.
  await expect(table.root.locator('.dt-keys')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(table.tool('Insert row above')).toBeFocused();

  await table.field('Table title').fill('Registered labour migrants by sex and age');
  await table.field('Source').fill('National Statistical Committee');
  await table.field('Reference period').fill('2024');
  await table.select('Chart').selectOption('bar');
  await expect(table.chart).toBeVisible();
  await expect(table.chart).toHaveAttribute('aria-label', 'Bar chart of Registered labour migrants by sex and age: 2 categories, 4 series');
  await expect.poll(() => table.chartDrawn()).toBe(true);
  await drafting.waitSaved();
  await table.root.screenshot({ path: 'test-results/tables-built.png' });

  const saved = tablesOf(await stored(request, host, '5'));
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ title: 'Registered labour migrants by sex and age', source: 'National Statistical Committee', period: '2024', chart: 'bar' });
  expect(saved[0].header).toEqual([['', 'Women', 'Women', 'Men', 'Men', ''], ['Region', '0-17', '18+', '0-17', '18+', 'Total']]);
  expect(saved[0].rows.map((r) => [r.role, ...r.cells])).toEqual([
    ['data', 'Chui', '10', '20', '5', '6', '41'],
    ['data', 'Talas', '1', '..', '-', '2', '3'],
    ['total', 'Total', '11', '20', '5', '8', '44'],
  ]);
  expect(saved[0].columns.map((c) => c.total ?? false)).toEqual([false, false, false, false, false, true]);

  await page.reload();
  await drafting.outline.waitFor();
  // Opening on an answer with a table leaves the keyboard and the scroll position alone.
  await TableEditor.in(page, 5).grid.waitFor();
  expect(await page.evaluate(() => document.activeElement?.closest('.dt-block') ?? null)).toBeNull();
  await drafting.selectParagraph(5);
  const again = TableEditor.in(page, 5);
  await expect(drafting.editor(5)).toContainText('Labour migrants registered in 2024, by sex and age:');
  expect(await again.texts()).toEqual([
    ['', 'Women', 'Men', ''],
    ['Region', '0-17', '18+', '0-17', '18+', 'Total'],
    ['Chui', '10', '20', '5', '6', '41'],
    ['Talas', '1', '..', '-', '2', '3'],
    ['Total', '11', '20', '5', '8', '44'],
  ]);
  await expect(again.field('Table title')).toHaveValue('Registered labour migrants by sex and age');
  await expect(again.grid.locator('tr[data-role="total"]')).toHaveCount(1);
  await expect(again.checks).toContainText('All numbers read and all totals agree.');
  await expect.poll(() => again.chartDrawn()).toBe(true);
  await page.screenshot({ path: 'test-results/tables-after-reload.png' });
});

test('pastes spreadsheet ranges: into the text as a new table, into the grid, and 10,000 cells at once', async ({ page, host, request }) => {
  const drafting = new DraftingPage(page);
  await drafting.open(host.url);
  await drafting.selectParagraph(13);
  await drafting.type(13, 'Figures:');
  const clip = (text: string, html?: string) =>
    page.evaluate(async ([t, h]) => {
      const items: Record<string, Blob> = { 'text/plain': new Blob([t], { type: 'text/plain' }) };
      if (h) items['text/html'] = new Blob([h], { type: 'text/html' });
      await navigator.clipboard.write([new ClipboardItem(items)]);
    }, [text, html] as const);

  // Excel puts both TSV and an HTML table (with the merged heading) on the clipboard.
  await clip(
    'Sex\tMigrants\t\nWomen\t1 200\nMen\t800\nTotal\t2 000\n',
    '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>Sex</td><td>Migrants</td></tr><tr><td>Women</td><td x:num="1200">1 200</td></tr><tr><td>Men</td><td x:num="800">800</td></tr><tr><td>Total</td><td x:num="2000">2 000</td></tr></table></body></html>',
  );
  await page.keyboard.press('Control+V');
  const table = TableEditor.in(page, 13);
  await expect(table.grid).toBeVisible();
  expect(await table.texts()).toEqual([['Sex', 'Migrants'], ['Women', '1 200'], ['Men', '800'], ['Total', '2 000']]);
  await expect(table.grid.locator('tr[data-role="total"]')).toHaveCount(1);

  // A TSV block pasted into the grid at the selected cell widens the table.
  await table.cell(1, 1).click();
  await clip('1 250\t55%\n..\t45%');
  await page.keyboard.press('Control+V');
  expect(await table.texts()).toEqual([['Sex', 'Migrants', ''], ['Women', '1 250', '55%'], ['Men', '..', '45%'], ['Total', '2 000', '']]);
  await expect(table.checks).toContainText('3 rows × 3 columns');

  // 10,000 cells: the grid draws what is in view and stays usable.
  const big = Array.from({ length: 1000 }, (_, i) => Array.from({ length: 10 }, (_, j) => String(i * 10 + j)).join('\t')).join('\n');
  await clip(big);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+V');
  // Pasted over the "Total" row: Women, Men and 1,000 pasted rows.
  await expect(table.checks).toContainText('1002 rows × 10 columns');
  expect(await table.grid.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(100);
  await page.keyboard.press('Control+End');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(table.cell(1002, 9)).toHaveText('7');
  await drafting.waitSaved();
  const saved = tablesOf(await stored(request, host, '13'))[0];
  expect(saved.rows).toHaveLength(1002);
  expect(saved.rows[1001].cells).toEqual(['9990', '9991', '9992', '9993', '9994', '9995', '9996', '9997', '9998', '7']);
  await page.keyboard.press('Control+z');
  await expect(table.cell(1002, 9)).toHaveText('9999');
  await page.keyboard.press('Control+z');
  await expect(table.checks).toContainText('3 rows × 3 columns');
});

test('in Russian: a table inserted with the mouse takes Cyrillic text, copies a range, and its deletion is undone', async ({ page, host, request }) => {
  await page.addInitScript(() => localStorage.setItem('treaty-desk.language', 'ru'));
  await page.goto(`${host.url}#/p/7`);
  await page.getByRole('heading', { name: 'Пункт 7' }).waitFor();
  const editor = page.getByRole('textbox', { name: 'Ответ на пункт 7', exact: true });
  await editor.click();
  await page.keyboard.type('Данные Государственной миграционной службы:');
  await page.locator('[data-answer="7"]').getByRole('button', { name: 'Вставить статистическую таблицу после текущего абзаца' }).click();
  const table = TableEditor.in(page, 7);
  await expect(table.grid).toBeFocused();
  // Playwright types Cyrillic as text input without key presses, as an input method would.
  await table.typeCells(['Область', 'Мужчины', 'Женщины', 'Нарынская', '5', '7']);
  expect((await table.texts()).slice(0, 2)).toEqual([['Область', 'Мужчины', 'Женщины'], ['Нарынская', '5', '7']]);
  await expect(table.checks).toContainText('Все числа прочитаны, все итоги сходятся.');
  await expect(editor).toContainText('Данные Государственной миграционной службы:');

  await table.cell(1, 0).click();
  await table.cell(1, 2).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+C');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Нарынская\t5\t7');

  await table.cell(1, 1).click();
  await page.keyboard.type('пять');
  await page.keyboard.press('Enter');
  await expect(table.checks).toContainText('1 ячейка содержит неправильное число');
  await expect(table.cell(1, 1)).toHaveAttribute('title', 'Не число');

  await table.root.getByRole('button', { name: 'Удалить таблицу' }).click();
  await expect(page.locator('[data-answer="7"] .dt-block')).toHaveCount(0);
  await page.locator('[data-answer="7"]').getByRole('button', { name: 'Отменить' }).click();
  await expect(table.grid).toBeVisible();
  expect((await table.texts())[1]).toEqual(['Нарынская', 'пять', '7']);
  await new DraftingPage(page).waitSaved();
  const saved = tablesOf(await stored(request, host, '7'));
  expect(saved.map((t) => t.rows[0].cells)).toEqual([['Нарынская', 'пять', '7']]);
  await table.root.screenshot({ path: 'test-results/tables-russian.png' });
});

// Word's clipboard for text, a table with a two-level header and a footnote: a <p> in every cell.
const WORD_FRAGMENT = `<html xmlns:w="urn:schemas-microsoft-com:office:word"><body lang=RU><!--StartFragment-->
<p class=MsoNormal><span lang=RU>Данные о выдворенных лицах:<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td rowspan=2 valign=top><p class=MsoNormal><b>Гражданство</b></p></td><td colspan=2 valign=top><p class=MsoNormal align=center><b>2023</b></p></td><td colspan=2><p class=MsoNormal align=center><b>2024</b></p></td></tr>
<tr><td><p class=MsoNormal>Жен.</p></td><td><p class=MsoNormal>Муж.</p></td><td><p class=MsoNormal>Жен.</p></td><td><p class=MsoNormal>Муж.</p></td></tr>
<tr><td><p class=MsoNormal>Узбекистан</p></td><td><p class=MsoNormal align=right>1&nbsp;120</p></td><td><p class=MsoNormal align=right>2&nbsp;340</p></td><td><p class=MsoNormal>980</p></td><td><p class=MsoNormal>2&nbsp;010</p></td></tr>
<tr style='mso-yfti-irow:3;mso-yfti-lastrow:yes'><td><p class=MsoNormal>Таджикистан</p></td><td><p class=MsoNormal>45</p></td><td><p class=MsoNormal>130</p></td><td><p class=MsoNormal>–</p></td><td><p class=MsoNormal>…</p></td></tr>
</table>
<p class=MsoNormal>Источник: МВД<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'></span>[1]</span></a>.</p>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1"><span class=MsoFootnoteReference>[1]</span></a> Данные за 2024 год предварительные.</p></div></div>
<!--EndFragment--></body></html>`;

test('a Word fragment pastes as its paragraphs around a data table, the footnote kept and the numbers out of the word count', async ({ page, host, request }) => {
  const drafting = new DraftingPage(page);
  await drafting.open(`${host.url}#/p/33`);
  await drafting.paste(33, { 'text/html': WORD_FRAGMENT, 'text/plain': 'Данные о выдворенных лицах:\nГражданство\t2023\t\t2024\t\n\tЖен.\tМуж.\tЖен.\tМуж.\n' });
  const table = TableEditor.in(page, 33);
  await expect(table.grid).toBeVisible();
  expect(await table.texts()).toEqual([
    ['Гражданство', '2023', '2024'],
    ['', 'Жен.', 'Муж.', 'Жен.', 'Муж.'],
    ['Узбекистан', '1\u00a0120', '2\u00a0340', '980', '2\u00a0010'],
    ['Таджикистан', '45', '130', '–', '…'],
  ]);
  const editor = drafting.editor(33);
  await expect(editor.locator('sup.footnote-ref')).toHaveAttribute('title', 'Данные за 2024 год предварительные.');
  // 4 words before the table, 2 after it and 5 in the footnote; none of the table's.
  await expect(drafting.wordCount(33)).toHaveText('11 words');
  await drafting.waitSaved();
  const saved = await stored(request, host, '33');
  expect(saved.map((b) => b.type)).toEqual(['paragraph', 'data-table', 'paragraph']);
  expect(tablesOf(saved)[0].header).toEqual([
    ['Гражданство', '2023', '2023', '2024', '2024'],
    ['', 'Жен.', 'Муж.', 'Жен.', 'Муж.'],
  ]);
  await drafting.answer(33).screenshot({ path: 'test-results/tables-word-fragment.png' });
});
