// Importing lists of issues through the UI: another committee's list replaces the seed while there
// are no answers; a revised seed is fixed in the preview and re-imported, keeping every answer, and
// the answer whose paragraph left the list stays reachable; approved answers whose question a
// renumbering list changed go back to drafting, and the compile dialog names them.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/host-process';
import { insertParagraph3 } from '../helpers/revised-lists';
import { expect, test } from './fixtures';
import { DraftingPage } from './pages/drafting-page';
import { ExportDialog } from './pages/export-dialog';
import { ImportDialog } from './pages/import-dialog';

const seed = readFileSync(join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt'), 'utf8');

test('another committee\'s list replaces the seed while nothing is answered', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const importer = new ImportDialog(page);
  await drafting.open(host.url);
  await importer.open();
  await importer.choose(join(repoRoot, 'tests', 'fixtures', 'loi', 'cedaw-mng-en.txt'));
  await expect(importer.paragraphs()).toHaveCount(9);
  await expect(importer.doubtful()).toHaveCount(0);
  await expect(importer.dialog).toContainText('CEDAW/C/MNG/QPR/10');
  await expect(importer.plan).toContainText('The workspace has no answers yet: this list replaces the current one.');
  await page.screenshot({ path: 'test-results/import-preview-cedaw.png' });
  const axe = await new AxeBuilder({ page }).include('dialog.import-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await importer.commit();
  await expect(importer.status).toHaveText('Imported cedaw-mng-en.txt: 9 paragraphs, 5 sub-items.');
  await importer.close();
  await expect(drafting.numberedParagraphs()).toHaveCount(9);
  await expect(page.getByRole('banner')).toContainText('CEDAW/C/MNG/QPR/10');
  await drafting.selectParagraph(4);
  await expect(page.getByText('financial resources of the National Committee on Gender Equality.')).toBeVisible();
});

test('a revised list is fixed in the preview and re-imported, keeping every answer', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const importer = new ImportDialog(page);
  await drafting.open(host.url);
  await drafting.selectParagraph(35);
  await drafting.type(35, 'The common core document was updated in 2024.');
  await drafting.selectParagraph(5);
  await drafting.type(5, 'Flows are recorded monthly.');
  await drafting.waitSaved();

  // The committee's revision rewords paragraph 5 and drops paragraph 35; the copy mistyped "13." as "12.".
  const revised = seed
    .replace('Please provide qualitative and quantitative information', 'Please provide updated qualitative and quantitative information')
    .replace('13. With reference to the Committee', '12. With reference to the Committee')
    .replace(/35\. Please submit a common core document[\s\S]*?words\. ?\n/, '');
  await importer.open();
  await importer.choose({ name: 'CMW_C_KGZ_QPR_2-rev.txt', mimeType: 'text/plain', buffer: Buffer.from(revised) });
  await expect(importer.paragraphs()).toHaveCount(33);
  await expect(importer.doubtful()).toHaveCount(2);
  await expect(importer.paragraph(12)).toContainText('A paragraph number was kept inside the text');
  await expect(importer.paragraph(14)).toContainText('Number out of sequence');
  await expect(importer.dialog.locator('.import-warnings')).toContainText('Paragraph number 12 is out of sequence (expected 13); kept as text.');
  await importer.paragraph(12).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-preview-doubt.png' });

  // Split the kept number out as its own paragraph, then give it the number it should have.
  await importer.split(12, '12. With reference');
  await expect(importer.paragraphs()).toHaveCount(34);
  await expect(importer.paragraph(12).nth(1)).toContainText('Number used twice');
  await importer.renumber(12, 1, 13);
  await expect(importer.doubtful()).toHaveCount(0);
  await expect(importer.paragraph(13)).toContainText('With reference to the Committee’s previous recommendations (para. 23), please provide');
  await expect(importer.plan).toContainText('Re-import: all 2 answers stay attached to their paragraph and sub-item numbers.');
  await expect(importer.plan.locator('.import-changes').first()).toContainText('35');
  await page.screenshot({ path: 'test-results/import-preview-plan.png' });
  await importer.commit();
  await expect(importer.status).toHaveText('Imported CMW_C_KGZ_QPR_2-rev.txt: 1 question texts changed, 0 added, 1 kept as no longer in the list.');
  await importer.close();

  await expect(drafting.numberedParagraphs()).toHaveCount(35);
  await expect(page.getByText(/^Please provide updated qualitative and quantitative information/)).toBeVisible();
  await expect(drafting.editor(5)).toHaveText('Flows are recorded monthly.');
  const retired = drafting.outline.getByRole('group', { name: 'No longer in the list of issues' });
  await retired.getByRole('treeitem', { name: /^35\. / }).click();
  await expect(drafting.editor(35)).toHaveText('The common core document was updated in 2024.');
  await page.screenshot({ path: 'test-results/import-after-reimport.png' });
});

test('a list that renumbers approved answers sends them back to drafting, and the compile dialog names them', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const importer = new ImportDialog(page);
  const exporter = new ExportDialog(page);
  await drafting.open(host.url);
  for (const n of [3, 4]) {
    await drafting.selectParagraph(n);
    await drafting.type(n, `Reply written for old question ${n}.`);
    await drafting.waitSaved();
    await drafting.status(n).selectOption('approved');
    await expect(drafting.status(n)).toHaveValue('approved');
  }

  // The committee's revision inserts a new paragraph 3: the old 3 to 35 become 4 to 36.
  const file = { name: 'CMW_C_KGZ_QPR_2-rev.txt', mimeType: 'text/plain', buffer: Buffer.from(insertParagraph3(seed)) };
  await importer.open();
  await importer.choose(file);
  const reopened = importer.plan.getByRole('region', { name: 'Approved or ready answers that go back to drafting (2)' });
  await expect(reopened).toContainText('Read each answer against its new question and approve it again');
  await expect(reopened.getByRole('listitem')).toHaveText(['3 was approved', '4 was approved']);
  await expect(importer.plan.locator('.import-changes li', { hasText: /^3answered/ })).toContainText('the old question is now 4: check this answer');
  await reopened.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-reopened-preview.png' });
  await importer.close();

  // The same preview in Russian, committed there.
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await page.getByRole('button', { name: 'Импорт перечня вопросов…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Импорт перечня вопросов' });
  await dialog.getByLabel('Выберите файл').setInputFiles(file);
  const reopenedRu = dialog.getByRole('region', { name: 'Утверждённые или готовые ответы, которые вернутся в работу (2)' });
  await expect(reopenedRu).toContainText('Сверьте каждый ответ с новым вопросом');
  await reopenedRu.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-reopened-preview-ru.png' });
  await dialog.getByRole('button', { name: 'Импортировать повторно, сохранив все ответы' }).click();
  await expect(dialog.locator('.import-done')).toContainText('Утверждённые или готовые ответы, возвращённые в работу: 2 (3, 4).');
  await expect(dialog.getByRole('region', { name: 'Утверждённые или готовые ответы, возвращённые в работу (2)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/import-reopened-done-ru.png' });
  await dialog.getByRole('button', { name: 'Закрыть' }).click();
  await page.getByRole('button', { name: 'Собрать доклад…' }).click();
  const compileRu = page.getByRole('dialog', { name: 'Сборка доклада государства-участника' });
  await expect(compileRu.getByRole('region', { name: 'Вопрос изменён при повторном импорте перечня вопросов (2)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/export-question-changed-ru.png' });
  await compileRu.getByRole('button', { name: 'Закрыть' }).click();

  await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
  await drafting.selectParagraph(3);
  await expect(drafting.status(3)).toHaveValue('drafting');
  await expect(drafting.editor(3)).toHaveText('Reply written for old question 3.');
  await exporter.open();
  await expect(exporter.summary).toHaveText(/^Not ready/);
  const changed = exporter.group(/^Question changed by a re-imported list of issues \(2\)$/);
  await expect(changed.getByRole('button')).toHaveText(['3', '4']);
  await expect(exporter.dialog).toContainText('These answers were written for an earlier wording of their question.');
  await changed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/export-question-changed.png' });
});

test('a file that is not a list of issues is refused in one line and changes nothing', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const importer = new ImportDialog(page);
  await drafting.open(host.url);
  await importer.open();
  await importer.choose({ name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from('Minutes of the meeting.\nThe meeting opened at 10 a.m.') });
  await expect(importer.error).toHaveText('minutes.txt: No numbered paragraphs were found: this does not look like a list of issues.');
  await importer.choose({ name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) });
  await expect(importer.error).toHaveText('huge.pdf is 21.0 MB; a list of issues is never larger than 20 MB.');
  await importer.close();
  await expect(drafting.numberedParagraphs()).toHaveCount(35);
  await expect(page.getByRole('banner')).toContainText('CMW/C/KGZ/QPR/2');
});

test('the import screen speaks Russian and previews a Russian list', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  await drafting.open(host.url);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await page.getByRole('button', { name: 'Импорт перечня вопросов…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Импорт перечня вопросов' });
  await dialog.getByLabel('Выберите файл').setInputFiles(join(repoRoot, 'tests', 'fixtures', 'loi', 'cmw-tjk-ru.txt'));
  await expect(dialog.getByRole('list', { name: 'Разобранный перечень вопросов' }).getByRole('listitem', { name: /^Пункт \d+$/ })).toHaveCount(7);
  await expect(dialog).toContainText('Пунктов: 7, подпунктов: 9, сносок: 2, ограничений: 1');
  await expect(dialog).toContainText('В рабочей области ещё нет ответов: этот перечень заменит текущий.');
  await expect(dialog).toContainText('3 стр.: раздел II');
  await page.screenshot({ path: 'test-results/import-preview-ru.png' });

  // The parser's doubts are said in Russian too, with the line to look at.
  const skipped = readFileSync(join(repoRoot, 'tests', 'fixtures', 'loi', 'cmw-tjk-ru.txt'), 'utf8').replace(/^5\. /m, '6. ');
  await dialog.getByRole('button', { name: 'Выбрать другой файл' }).click();
  await dialog.getByLabel('Выберите файл').setInputFiles({ name: 'cmw-tjk-ru-6.txt', mimeType: 'text/plain', buffer: Buffer.from(skipped) });
  const warnings = dialog.locator('.import-warnings');
  await expect(warnings).toContainText('Строка 43: Пункт 6 следует за пунктом 4: номеров между ними нет.');
  await expect(warnings).toContainText('Номер пункта 6 не по порядку (ожидался 7); оставлен в тексте.');
  await expect(warnings).not.toContainText('Paragraph');
  await warnings.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-preview-ru-warnings.png' });

  // A file that is no list of issues is refused in Russian, naming the file.
  await dialog.getByRole('button', { name: 'Выбрать другой файл' }).click();
  await dialog.getByLabel('Выберите файл').setInputFiles({ name: 'протокол.txt', mimeType: 'text/plain', buffer: Buffer.from('Протокол совещания.\nСовещание открылось в 10 часов.') });
  await expect(dialog.getByRole('alert')).toHaveText('протокол.txt: Пронумерованных пунктов не найдено: это не похоже на перечень вопросов.');
  await dialog.getByLabel('Выберите файл').setInputFiles({ name: 'old.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) });
  await expect(dialog.getByRole('alert')).toHaveText('Файл old.doc — старый файл Word 97–2003: сохраните его как .docx или PDF и импортируйте его.');
  await page.screenshot({ path: 'test-results/import-refused-ru.png' });
});
