// The Export dialog end to end: the check follows the drafting, the title page is edited and kept,
// a report that is not ready exports only as a marked draft, and the downloads are real files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import { runCommand } from '../helpers/cli';
import { repoRoot, startHost, tempDir } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { conflictedCore } from '../main/core/export/conflicted';
import { migrationTable } from '../main/core/export/fixture';
import { DraftingPage } from './pages/drafting-page';
import { ExportDialog } from './pages/export-dialog';

const documentXml = async (bytes: Buffer) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

test('the check follows the drafting and a draft report downloads with the edited title page', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const dialog = new ExportDialog(page);
  await page.setViewportSize({ width: 1280, height: 860 });
  await drafting.open(host.url);

  await dialog.open();
  await expect(dialog.summary).toHaveText(/^Not ready for submission/);
  await expect(dialog.group(/^Without a reply \(35\)$/)).toBeVisible();
  await expect(dialog.group(/^Open merge conflicts \(0\)$/)).toContainText('none');
  await expect(dialog.exportButton).toBeDisabled();
  await expect(dialog.title).toHaveValue('Second periodic report submitted by Kyrgyzstan under article 73 of the Convention');
  await dialog.close();

  await drafting.selectParagraph(5);
  await drafting.type(5, 'Labour migration flows are recorded by the State Migration Service.');
  await drafting.waitSaved();

  await dialog.open();
  await expect(dialog.group(/^Without a reply \(34\)$/)).toBeVisible();
  await expect(dialog.group(/^Not yet approved \(1\)$/)).toContainText('5 drafting');
  await expect(dialog.group(/^Word count$/)).toContainText('Report: 10 of 21,200');
  await expect(dialog.group(/^Word count$/)).toContainText('Section II: 0 of 1,500');
  // The whole document, headings and title page included, counts more than the reply's 10 words.
  await expect(dialog.dialog.getByTestId('compiled-words')).toHaveText(
    /^The whole document as compiled \(title page, headings, replies, footnotes and the tables in the text\) counts (\d{3,}|[1-9]\d) words of 21,200\.$/,
  );

  await dialog.title.fill('Second periodic report submitted by Kyrgyzstan under article 73 of the Convention pursuant to the simplified reporting procedure');
  await dialog.dueYear.fill('2023');
  await dialog.submittedYear.fill('2024');
  await dialog.draftBox.check();
  await expect(dialog.exportButton).toBeEnabled();
  await page.screenshot({ path: 'test-results/export-dialog.png' });
  const file = await dialog.export();
  expect(file.name).toBe('CMW_C_KGZ_QPR_2-report-draft.docx');
  await expect(dialog.message).toHaveText(/^Downloaded CMW_C_KGZ_QPR_2-report-draft\.docx \(\d+ KB\)\.$/);
  const xml = await documentXml(file.bytes);
  expect(xml).toContain('pursuant to the simplified reporting procedure, due in 2023');
  expect(xml).toContain('[Year of submission: 2024]');
  expect(xml).toContain('Draft — not for submission');
  expect(xml).toContain('Reply to paragraph 5 of the list of issues');
  expect(xml).toContain('Labour migration flows are recorded by the State Migration Service.');

  // The title page was saved with the export and is there after a reload.
  await page.reload();
  await drafting.outline.waitFor();
  await dialog.open();
  await expect(dialog.title).toHaveValue(/pursuant to the simplified reporting procedure$/);
  await expect(dialog.dueYear).toHaveValue('2023');
});

test('the suggested title follows the report language, a typed one stays, and the Russian title page is all Russian', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const dialog = new ExportDialog(page);
  await page.setViewportSize({ width: 1280, height: 860 });
  await drafting.open(host.url);
  await dialog.open();
  await dialog.language.selectOption('ru');
  // The list is in English: the Russian title cannot name the State, so it says "the State party", in Russian.
  await expect(dialog.title).toHaveValue('Второй периодический доклад государства-участника, представленный в соответствии со статьей 73 Конвенции');
  await dialog.dueYear.fill('2023');
  await page.screenshot({ path: 'test-results/export-dialog-title-ru.png' });
  await dialog.draftBox.check();
  const xml = await documentXml((await dialog.export()).bytes);
  expect(xml).toContain('Второй периодический доклад государства-участника, представленный в соответствии со статьей 73 Конвенции, подлежащий представлению в 2023 году');
  expect(xml).not.toContain('Second periodic report');

  await dialog.language.selectOption('en');
  await expect(dialog.title).toHaveValue('Second periodic report submitted by Kyrgyzstan under article 73 of the Convention');
  await dialog.title.fill('Second periodic report of Kyrgyzstan under the simplified procedure');
  await dialog.language.selectOption('ru');
  await expect(dialog.title).toHaveValue('Second periodic report of Kyrgyzstan under the simplified procedure');
});

test('a Russian list gets a Russian title naming the State, the ordinal and the article', async ({ page }) => {
  const path = join(tempDir('treaty-desk-e2e-export-ru-'), 'ws.sqlite');
  const init = await runCommand(['init', path, '--loi', join(repoRoot, 'tests', 'fixtures', 'loi', 'cmw-tjk-ru.txt'), '--institution', 'Министерство труда']);
  expect(init.code).toBe(0);
  const host = await startHost(path);
  try {
    const drafting = new DraftingPage(page);
    await page.setViewportSize({ width: 1280, height: 860 });
    await drafting.open(host.url);
    await page.getByLabel('Interface language').selectOption('ru');
    await page.getByRole('button', { name: 'Собрать доклад…' }).click();
    const ru = page.getByRole('dialog', { name: 'Сборка доклада государства-участника' });
    const title = ru.getByLabel('Название доклада');
    await expect(title).toHaveValue('Третий периодический доклад Таджикистана, представленный в соответствии со статьей 73 Конвенции');
    await ru.getByLabel('Срок представления (год)').fill('2023');
    await page.screenshot({ path: 'test-results/export-dialog-title-tjk.png' });
    await ru.getByText('Всё равно экспортировать как проект').click();
    const [download] = await Promise.all([page.waitForEvent('download'), ru.getByRole('button', { name: 'Экспортировать', exact: true }).click()]);
    const bytes = readFileSync(await download.path());
    // Kept for a look at the title page through LibreOffice (soffice --convert-to pdf).
    writeFileSync('test-results/export-title-tjk.docx', bytes);
    expect(await documentXml(bytes)).toContain('Третий периодический доклад Таджикистана, представленный в соответствии со статьей 73 Конвенции, подлежащий представлению в 2023 году');

    await ru.getByLabel('Язык доклада').selectOption('en');
    await expect(title).toHaveValue('Third periodic report submitted by the State party under article 73 of the Convention');
  } finally {
    await host.stop();
  }
});

test('a bad year is refused with one line and the saved title page stays as it was', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const dialog = new ExportDialog(page);
  await drafting.open(host.url);
  await dialog.open();
  await dialog.dueYear.fill('2023');
  await dialog.saveTitlePage.click();
  await expect(dialog.message).toHaveText('Saved.');
  await dialog.dueYear.fill('23');
  await dialog.saveTitlePage.click();
  await expect(dialog.error).toHaveText('report.saveSettings: dueYear: years run from 1950');
  await dialog.close();
  await dialog.open();
  await expect(dialog.dueYear).toHaveValue('2023');
});

test('a link in the check opens the paragraph that needs a reply', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const dialog = new ExportDialog(page);
  await drafting.open(host.url);
  await dialog.open();
  await dialog.group(/^Without a reply/).getByRole('button', { name: /^3$/ }).click();
  await expect(dialog.dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Paragraph 3' })).toBeVisible();
});

test('the review copy and the HTML report download without a draft mark being needed for review', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const dialog = new ExportDialog(page);
  await drafting.open(host.url);
  await dialog.open();
  await dialog.choose('The list of issues with the replies, for internal review', 'Web page (.html), printable');
  await expect(dialog.draftBox).toHaveCount(0);
  const review = await dialog.export();
  expect(review.name).toBe('CMW_C_KGZ_QPR_2-review.html');
  const html = review.bytes.toString('utf8');
  expect(html).toContain('List of issues with the draft replies');
  expect(html).toContain('Please provide qualitative and quantitative information and statistics on labour migration flows');

  await dialog.choose('The State party report', 'Data (.json), canonical');
  await expect(dialog.exportButton).toBeDisabled();
  await dialog.draftBox.check();
  const json = await dialog.export();
  expect(json.name).toBe('CMW_C_KGZ_QPR_2-report-draft.json');
  expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ format: 'treaty-desk/report', draft: true });
});

test('with merge conflicts open, the dialog warns before a draft or review copy and the document marks them', async ({ page }) => {
  const { db, path } = await conflictedCore(tempDir('treaty-desk-e2e-export-conflicts-'));
  db.close();
  const host = await startHost(path);
  try {
    const drafting = new DraftingPage(page);
    const dialog = new ExportDialog(page);
    await page.setViewportSize({ width: 1280, height: 860 });
    await drafting.open(host.url);
    await dialog.open();
    await expect(dialog.group(/^Open merge conflicts \(2\)$/)).toBeVisible();
    // The final report is refused as before: no warning is needed while Export is disabled.
    await expect(dialog.exportButton).toBeDisabled();
    await expect(dialog.conflictWarning).toHaveCount(0);

    await dialog.choose('The list of issues with the replies, for internal review', 'Word document (.docx)');
    await expect(dialog.conflictWarning).toHaveText(
      'Open merge conflicts: 2. The document will show both versions of each passage, marked as a conflict and named by who wrote them. Resolve them in the conflict queue before the final report.',
    );
    await page.screenshot({ path: 'test-results/export-dialog-conflicts.png' });
    const review = await dialog.export();
    const text = (await documentXml(review.bytes)).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toMatch(/Conflict: two versions follow — version 1 by Ministry of (Labour|Internal Affairs), version 2 by Ministry of (Labour|Internal Affairs)\./);
    expect(text).toContain('Conflict in the table below, row “2023”, column “Amount”');

    await dialog.choose('The State party report', 'Data (.json), canonical');
    await expect(dialog.conflictWarning).toHaveCount(0);
    await dialog.draftBox.check();
    await expect(dialog.conflictWarning).toHaveText(/^Open merge conflicts: 2\. The file will list them under “conflicts”\./);

    await dialog.close();
    await page.getByLabel('Interface language').selectOption('ru');
    await page.getByRole('button', { name: 'Собрать доклад…' }).click();
    const ru = page.getByRole('dialog', { name: 'Сборка доклада государства-участника' });
    await ru.getByRole('radio', { name: 'Перечень вопросов с ответами для внутреннего рассмотрения' }).check();
    await expect(ru.locator('.export-warning')).toHaveText(/^Неразрешённые конфликты слияния: 2\. В документе будут обе версии каждого фрагмента/);
    await page.screenshot({ path: 'test-results/export-dialog-conflicts-ru.png' });
  } finally {
    await host.stop();
  }
});

test('the dialog speaks Russian', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  await page.setViewportSize({ width: 1280, height: 860 });
  await drafting.open(host.url);
  await page.getByLabel('Interface language').selectOption('ru');
  await page.getByRole('button', { name: 'Собрать доклад…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Сборка доклада государства-участника' });
  await expect(dialog.getByRole('region', { name: 'Без ответа (35)' })).toBeVisible();
  await expect(dialog.getByText('Всё равно экспортировать как проект')).toBeVisible();
  await page.screenshot({ path: 'test-results/export-dialog-ru.png' });
});

test('the dialog has no accessibility violations that axe can find', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const dialog = new ExportDialog(page);
  await drafting.open(host.url);
  await dialog.open();
  await dialog.draftBox.check();
  const results = await new AxeBuilder({ page }).include('dialog.export-dialog').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the statistical annex option moves a table out of the reply, leaving a cross-reference', async ({ page, host, request }) => {
  // The table is saved through the same API the editor uses; building it by hand is the tables suite's job.
  const saved = await request.post(`${host.origin}/api/answer.save`, {
    headers: { 'x-treaty-desk-token': host.token },
    data: { ref: '5', content: [{ type: 'paragraph', children: [{ text: 'Flows by destination:' }] }, migrationTable] },
  });
  expect((await saved.json()).ok).toBe(true);
  const drafting = new DraftingPage(page);
  const dialog = new ExportDialog(page);
  await drafting.open(host.url);
  await dialog.open();
  await dialog.annex.check();
  await dialog.draftBox.check();
  const file = await dialog.export();
  const xml = await documentXml(file.bytes);
  const annexAt = xml.indexOf('>Annex<');
  expect(annexAt).toBeGreaterThan(0);
  expect(xml.indexOf('See annex, table 1: Labour migrants registered abroad, by sex and age.')).toBeLessThan(annexAt);
  expect(xml.indexOf('<w:tbl>')).toBeGreaterThan(annexAt);
  await dialog.close();
  await dialog.open();
  await expect(dialog.annex).toBeChecked();
});
