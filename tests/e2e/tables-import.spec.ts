// Importing tables from files in the real UI: a CSV and an XLSX made in the test become tables in
// the answer; a wrong encoding, ragged rows, formulas and a million rows are each explained in one
// line and leave the stored answer exactly as it was.
import type { APIRequestContext } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { DataTableElement } from '../../shared/editor/types';
import type { RunningHost } from '../helpers/host-process';
import { bareWorkbook } from '../main/core/tables/xlsx-files';
import { expect, test } from './fixtures';
import { DraftingPage } from './pages/drafting-page';
import { TableEditor } from './pages/table-editor';

async function stored(request: APIRequestContext, host: RunningHost, ref: string): Promise<string> {
  const res = await request.post(`${host.origin}/api/question.get`, { headers: { 'x-treaty-desk-token': host.token }, data: { ref } });
  return JSON.stringify((await res.json()).value.answers[ref] ?? null);
}

async function xlsx(build: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Returns'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('imports a CSV and an XLSX made in the test into the answer, and keeps them', async ({ page, host, request }) => {
  const drafting = new DraftingPage(page);
  await drafting.open(host.url);
  await drafting.selectParagraph(16);
  await drafting.type(16, 'Returns by country of destination:');

  const csv = 'Country;Women;Men;Total\r\nKazakhstan;1 200;3 400;4 600\r\nRussian Federation;5 100;12 300;17 400\r\nTurkey;..;-;0\r\nTotal;6 300;15 700;22 000\r\n';
  await TableEditor.importFile(page, 16, 'returns.csv', Buffer.from(`\ufeff${csv}`, 'utf8'));
  const first = TableEditor.in(page, 16, 0);
  await expect(first.grid).toBeVisible();
  expect(await first.texts()).toEqual([
    ['Country', 'Women', 'Men', 'Total'],
    ['Kazakhstan', '1 200', '3 400', '4 600'],
    ['Russian Federation', '5 100', '12 300', '17 400'],
    ['Turkey', '..', '-', '0'],
    ['Total', '6 300', '15 700', '22 000'],
  ]);
  await expect(first.checks).toContainText('All numbers read and all totals agree.');

  const book = await xlsx((ws) => {
    ws.addRow(['Age group', 'Women', null, 'Men', null]);
    ws.addRow([null, 'Regular', 'Irregular', 'Regular', 'Irregular']);
    ws.mergeCells('B1:C1');
    ws.mergeCells('D1:E1');
    ws.addRow(['0-17', 12, 3, 15, 4]);
    ws.addRow(['18+', 300, 41, 410, 52]);
    ws.addRow(['Total', { formula: 'B3+B4', result: 312 }, { formula: 'C3+C4', result: 44 }, { formula: 'D3+D4', result: 425 }, { formula: 'E3+E4', result: 56 }]);
  });
  // Into the empty paragraph under the first table: the new table goes there, the paragraph stays below.
  await drafting.editor(16).locator('p').last().click();
  await TableEditor.importFile(page, 16, 'ages.xlsx', book);
  await expect(page.locator('[data-answer="16"] .dt-block')).toHaveCount(2);
  const second = TableEditor.in(page, 16, 1);
  expect(await second.texts()).toEqual([
    ['Age group', 'Women', 'Men'],
    ['', 'Regular', 'Irregular', 'Regular', 'Irregular'],
    ['0-17', '12', '3', '15', '4'],
    ['18+', '300', '41', '410', '52'],
    ['Total', '312', '44', '425', '56'],
  ]);
  // The imported total row is checked: 3 + 41 is 44, 4 + 52 is 56, all agree.
  await expect(second.checks).toContainText('All numbers read and all totals agree.');
  await drafting.waitSaved();
  await page.screenshot({ path: 'test-results/tables-imported.png', fullPage: true });

  await page.reload();
  await drafting.outline.waitFor();
  await drafting.selectParagraph(16);
  await expect(page.locator('[data-answer="16"] .dt-block')).toHaveCount(2);
  const content = JSON.parse(await stored(request, host, '16')).content as Array<{ type: string }>;
  expect(content.map((b) => b.type)).toEqual(['paragraph', 'data-table', 'data-table', 'paragraph']);
  expect((content[2] as DataTableElement).header[0]).toEqual(['Age group', 'Women', 'Women', 'Men', 'Men']);
});

test('explains a malformed CSV or XLSX in one line and changes nothing', async ({ page, host, request }) => {
  test.setTimeout(120_000);
  const drafting = new DraftingPage(page);
  await drafting.open(host.url);
  await drafting.selectParagraph(17);
  await drafting.type(17, 'Data on migrant children follow.');
  await drafting.waitSaved();
  const before = await stored(request, host, '17');
  const alert = page.locator('[data-answer="17"] .dt-problem');

  const million = ['Region,Children', ...Array.from({ length: 1_000_000 }, (_, i) => `R${i},${i % 97}`)].join('\n');
  const unsaved = await xlsx((ws) => {
    ws.addRow(['Region', 'Children']);
    ws.addRow(['Chui', 4]);
    ws.getCell('B3').value = { formula: 'SUM(B2:B2)' } as ExcelJS.CellFormulaValue;
  });
  const cases: Array<[string, Buffer, RegExp]> = [
    ['ragged.csv', Buffer.from('Region,Girls,Boys\nChui,1,2\nOsh,3\n'), /^Row 3 has 2 fields where row 1 has 3: the rows are ragged/],
    ['formula.csv', Buffer.from('Region,Children\nChui,4\nTotal,=SUM(B2:B2)\n'), /^Cell B3 holds a formula \(=SUM\(B2:B2\)\); a CSV keeps no computed value/],
    ['unsaved.xlsx', unsaved, /^Cell Returns!B3 holds a formula \(=SUM\(B2:B2\)\) with no saved value/],
    ['million.csv', Buffer.from(million), /^The file has more than 20,000 rows; a table holds at most 20,000/],
    ['million.xlsx', Buffer.from(bareWorkbook(1_000_000)), /^Sheet "Raw" has more than 20,000 rows/],
    ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /old Excel 97–2003/],
  ];
  for (const [name, buffer, message] of cases) {
    await TableEditor.importFile(page, 17, name, buffer);
    await expect(alert, name).toHaveText(new RegExp(`${message.source}.*Dismiss$`), { timeout: 30_000 });
    await expect(page.locator('[data-answer="17"] .dt-block')).toHaveCount(0);
    expect(await stored(request, host, '17')).toBe(before);
  }

  // Windows-1251 is not guessed: the user is told and chooses it, and only then is the table made.
  const cp1251 = Buffer.from([...Buffer.from('Region,Children\n'), 0xd7, 0xf3, 0xe9, ...Buffer.from(',12\n'), 0xd2, 0xe0, 0xeb, 0xe0, 0xf1, ...Buffer.from(',3\n')]);
  await TableEditor.importFile(page, 17, 'cp1251.csv', cp1251);
  await expect(alert).toContainText('The file is not UTF-8 (line 2 has the byte 0xD7');
  expect(await stored(request, host, '17')).toBe(before);
  await page.screenshot({ path: 'test-results/tables-encoding.png' });
  await alert.getByRole('button', { name: 'Read it as Windows-1251' }).click();
  const table = TableEditor.in(page, 17);
  await expect(table.grid).toBeVisible();
  expect(await table.texts()).toEqual([['Region', 'Children'], ['Чуй', '12'], ['Талас', '3']]);
  await expect(alert).toHaveCount(0);
});

test('tells a Russian- or Kyrgyz-speaking official in their language why a file cannot be imported', async ({ page, host, request }) => {
  const drafting = new DraftingPage(page);
  await drafting.open(host.url);
  await drafting.selectParagraph(17);
  await drafting.type(17, 'Данные о детях-мигрантах.');
  await drafting.waitSaved();
  const before = await stored(request, host, '17');
  await page.getByLabel('Interface language').selectOption('ru');
  const alert = page.locator('[data-answer="17"] .dt-problem');

  await TableEditor.importFile(page, 17, 'ragged.csv', Buffer.from('Регион,Девочки,Мальчики\nЧуй,1,2\nОш,3\n'), 'Импорт таблицы…');
  await expect(alert).toHaveText(/^В строке 3 — 2 поля, а в строке 1 — 3: строки разной длины .* Закрыть$/);
  await TableEditor.importFile(page, 17, 'old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'Импорт таблицы…');
  await expect(alert).toContainText('Это старый файл Excel 97–2003 (.xls)');

  const cp1251 = Buffer.from([...Buffer.from('Region,Children\n'), 0xd7, 0xf3, 0xe9, ...Buffer.from(',12\n')]);
  await TableEditor.importFile(page, 17, 'cp1251.csv', cp1251, 'Импорт таблицы…');
  await expect(alert).toContainText('Файл не в кодировке UTF-8 (в строке 2 байт 0xD7, недопустимый там в UTF-8). Похоже, это кириллица Windows-1251');
  await page.screenshot({ path: 'test-results/tables-encoding-ru.png' });
  // The message follows a change of language while it is shown.
  await page.getByLabel('Язык интерфейса').selectOption('ky');
  await expect(alert).toContainText('Файл UTF-8 коддоосунда эмес (2-сапта 0xD7 байты бар');
  await expect(alert.getByRole('button', { name: 'Windows-1251 катары окуу' })).toBeVisible();
  await page.screenshot({ path: 'test-results/tables-encoding-ky.png' });
  expect(await stored(request, host, '17')).toBe(before);
  await alert.getByRole('button', { name: 'Windows-1251 катары окуу' }).click();
  expect(await TableEditor.in(page, 17).texts()).toEqual([['Region', 'Children'], ['Чуй', '12']]);
});
