// The drafting workspace end to end: formatting, lists, paste from Word, footnotes, history and
// restore, workflow status and assignment, search, the word budget and the dashboard.
import { openDatabase } from '../../main/core/store/database';
import { expect, test } from './fixtures';
import { DraftingPage } from './pages/drafting-page';
import { headContent } from '../../main/core/store/content-store';

const WORD_HTML = `<html><head><style>p{color:red}</style><script>window.__pasted_script_ran = true</script></head><body>
<p class=MsoNormal style='font-family:"Times New Roman"'><b>Law No. 4</b> of 2006 on external labour migration</p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Registration of migrants</p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>Work permits</p>
<img src="file:///C:/image001.png" onerror="window.__pasted_script_ran = true"></body></html>`;

test('formatting, lists and a footnote survive a reload', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/3`);
  await d.type(3, 'The Ministry of Labour coordinates.');
  await page.keyboard.press('Shift+Home');
  await d.tool('Bold', 3).click();
  await page.keyboard.press('End');
  await d.tool('Bold', 3).click();
  await expect(d.tool('Bold', 3)).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await d.tool('Bulleted list', 3).click();
  await page.keyboard.type('Interior');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Health');
  await d.tool('Footnote', 3).click();
  await page.getByRole('dialog', { name: 'Footnote text' }).getByRole('textbox').fill('Government decree No. 12 of 2022.');
  await page.getByRole('dialog', { name: 'Footnote text' }).getByRole('button', { name: 'Insert' }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await d.tool('Quotation', 3).click();
  await page.keyboard.type('Article 1. Quoted.');
  await d.waitSaved();

  await page.reload();
  const editor = d.editor(3);
  await expect(editor.locator('strong')).toHaveText('The Ministry of Labour coordinates.');
  await expect(editor.locator('ul > li')).toHaveText(['Interior', 'Health1']);
  await expect(editor.locator('sup.footnote-ref')).toHaveAttribute('title', 'Government decree No. 12 of 2022.');
  await expect(editor.locator('blockquote')).toHaveText('Article 1. Quoted.');
  await expect(d.wordCount(3)).toHaveText('16 words');
});

test('paste from Word keeps structure and drops styles, scripts and images', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/18`);
  await d.paste(18, { 'text/html': WORD_HTML, 'text/plain': 'Law No. 4 of 2006' }, 'd');
  const editor = d.editor(18, 'd');
  await expect(editor.locator('strong')).toHaveText('Law No. 4');
  await expect(editor.locator('ol > li')).toHaveText(['Registration of migrants', 'Work permits']);
  await expect(editor.locator('img, script, style, [style*="color"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pasted_script_ran?: boolean }).__pasted_script_ran)).toBeUndefined();
  await d.waitSaved();
  await page.reload();
  await expect(d.editor(18, 'd').locator('ol > li')).toHaveCount(2);

  // Plain text splits into paragraphs.
  await d.paste(18, { 'text/plain': 'First line\nSecond line' }, 'c');
  await expect(d.editor(18, 'c').locator('p')).toHaveText(['First line', 'Second line']);
});

test('history shows the difference between revisions and restores an old one', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/5`);
  await d.writeTwoRevisions(5, 'Flows are recorded monthly.', 'Flows are recorded weekly by the State Migration Service.');

  await d.answer(5).getByRole('button', { name: 'History' }).click();
  const panel = page.getByRole('region', { name: 'History of Answer to paragraph 5' });
  await expect(panel.getByRole('row')).toHaveCount(3);
  const diff = panel.getByLabel('Difference between the two revisions');
  await expect(diff.locator('del')).toContainText(['monthly']);
  await expect(diff.locator('ins')).toContainText(['weekly']);
  await panel.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(d.editor(5)).toHaveText('Flows are recorded monthly.');
  await page.reload();
  await expect(d.editor(5)).toHaveText('Flows are recorded monthly.');
  await d.answer(5).getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('region', { name: 'History of Answer to paragraph 5' }).getByRole('row')).toHaveCount(4);
});

test('history compares Russian text word by word, not letter by letter', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/14`);
  await d.writeTwoRevisions(14, 'Потоки мигрантов учитываются ежемесячно Государственной службой.', 'Потоки мигрантов учитываются еженедельно Государственной миграционной службой.');

  await d.answer(14).getByRole('button', { name: 'History' }).click();
  const diff = page.getByRole('region', { name: 'History of Answer to paragraph 14' }).getByLabel('Difference between the two revisions');
  await expect(diff.locator('del')).toHaveText(['ежемесячно']);
  await expect(diff.locator('ins')).toHaveText(['еженедельно', /^миграционной\s*$/]);
  await diff.screenshot({ path: 'test-results/history-russian-diff.png' });
});

test('the Comments (N) link follows each comment added or resolved, without leaving the paragraph', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/1`);
  await expect(d.commentsLink(1)).toHaveText('Comments (0)');
  await d.commentsLink(1).click();
  const panel = page.getByRole('region', { name: 'Comments on Answer to paragraph 1' });
  for (const body of ['Please add 2024 figures.', 'Cite the decree.']) {
    await panel.getByRole('textbox', { name: 'Write a comment' }).fill(body);
    await panel.getByRole('button', { name: 'Add comment' }).click();
    await expect(panel.getByText(body)).toBeVisible();
  }
  await expect(d.commentsLink(1)).toHaveText('Comments (2)');
  await panel.getByRole('button', { name: 'Mark resolved' }).first().click();
  await expect(d.commentsLink(1)).toHaveText('Comments (1)');
  await page.screenshot({ path: 'test-results/comments-count.png' });
  // A comment typed while the previous one is still on its way is kept, not wiped by its arrival.
  await page.route('**/api/comment.add', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  const box = panel.getByRole('textbox', { name: 'Write a comment' });
  await box.fill('Check the 2023 total.');
  await panel.getByRole('button', { name: 'Add comment' }).click();
  await box.fill('And the source.');
  await expect(panel.getByText('Check the 2023 total.')).toBeVisible();
  await expect(box).toHaveValue('And the source.');
  await expect(d.commentsLink(1)).toHaveText('Comments (2)');
  await page.unroute('**/api/comment.add');
  // The server's count, read when the paragraph is opened again, agrees.
  await d.selectParagraph(2);
  await d.selectParagraph(1);
  await expect(d.commentsLink(1)).toHaveText('Comments (2)');
});

test('status, assignment and the dashboard agree with the data', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/2`);
  // Enter saves either field at once (a form of two fields submits nothing on Enter by itself).
  await page.getByLabel('Lead institution').fill('Ministry of Labour');
  await page.getByLabel('Lead institution').press('Enter');
  await expect(page.getByText('Assignment saved')).toBeVisible();
  await page.getByLabel('Contributing institutions').fill('Ombudsperson, National Statistical Committee');
  await expect(page.getByText('Assignment saved')).toBeHidden();
  await page.getByLabel('Contributing institutions').press('Enter');
  await expect(page.getByText('Assignment saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Contributing institutions')).toHaveValue('Ombudsperson, National Statistical Committee');
  await d.type(2, 'A migration policy was adopted in 2022.', 'a');
  await d.waitSaved();
  await d.status(2, 'a').selectOption('approved');
  await d.type(2, 'Resources are allocated annually.', 'b');
  await d.waitSaved();
  await d.status(2, 'b').selectOption('ready');
  await d.type(2, 'Accession improved access to the labour market.', 'c');
  await d.waitSaved();

  await page.reload();
  await expect(page.getByLabel('Lead institution')).toHaveValue('Ministry of Labour');
  await expect(d.status(2, 'a')).toHaveValue('approved');
  await page.getByRole('button', { name: 'Dashboard' }).click();
  const bySection = page.getByTestId('by-section');
  await expect(bySection.getByRole('row', { name: /^Section I\b/ }).getByRole('cell')).toHaveText(['31', '1', '0', '0', '18']);
  const byInstitution = page.getByTestId('by-institution');
  await expect(byInstitution.getByRole('row', { name: /^Ministry of Labour/ }).getByRole('cell')).toHaveText(['1', '1', '0', '0', '18']);
  await expect(byInstitution.getByRole('row', { name: /^Not assigned/ }).getByRole('cell')).toHaveText(['34', '0', '0', '0', '0']);
  await expect(page.getByRole('heading', { name: /Still unanswered/ })).toHaveText('Still unanswered (114)');
  await page.getByRole('button', { name: '1 (a)', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Paragraph 1' })).toBeVisible();
  await expect(d.editor(1, 'a')).toBeFocused();
});

test('two windows on a new answer: the second one’s change is merged with the first one’s later typing, once each', async ({ page, host, context }) => {
  const a = new DraftingPage(page);
  await a.open(`${host.url}#/p/7`);
  await a.type(7, 'Flows are recorded monthly.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Returns are recorded yearly.');
  await a.waitSaved();
  const second = await context.newPage();
  const b = new DraftingPage(second);
  await b.open(`${host.url}#/p/7`);
  await expect(b.editor(7)).toContainText('Returns are recorded yearly.');
  // The first window goes on within minutes: its save replaces the revision the second one loaded.
  await a.editor(7).getByText('Flows are recorded monthly.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Since 2019.');
  await a.waitSaved();
  await b.editor(7).getByText('Returns are recorded yearly.').click();
  await second.keyboard.press('End');
  await second.keyboard.type(' By the border service.');
  await b.waitSaved();
  await expect(b.answer(7)).toContainText('This answer was changed elsewhere while you were writing (an imported bundle or another window): both changes are kept here.');
  await page.reload();
  const paragraphs = a.editor(7).locator('[data-slate-node="element"]');
  await expect(paragraphs).toHaveText(['Flows are recorded monthly. Since 2019.', 'Returns are recorded yearly. By the border service.']);
  await expect(page.getByRole('button', { name: 'Conflicts', exact: true })).toBeVisible();
});

test('editing an approved answer takes it back to drafting, and says so', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/3`);
  await d.type(3, 'The ministry coordinates.');
  await d.waitSaved();
  await d.status(3).selectOption('approved');
  await page.reload();
  await expect(d.status(3)).toHaveValue('approved');
  await d.editor(3).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Since 2021.');
  await d.waitSaved();
  await expect(d.status(3)).toHaveValue('drafting');
  await expect(d.answer(3)).toContainText('The approved text has changed, so the answer is back to drafting: approve it again once it is reviewed.');
  await page.reload();
  await expect(d.status(3)).toHaveValue('drafting');
});

test('search finds Cyrillic and Latin text and jumps to the paragraph', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/13`);
  await d.type(13, 'Жалобы на вымогательство рассматривает прокуратура.');
  await d.waitSaved();
  await d.selectParagraph(1);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('ВЫМОГАТЕЛЬ');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText('вымогательство');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Paragraph 13' })).toBeVisible();
  await expect(d.editor(13)).toBeFocused();

  await page.getByRole('combobox', { name: 'Search' }).fill('vaccine registration');
  await results.getByRole('option', { name: /8 \(d\)/ }).click();
  await expect(page.getByRole('heading', { name: 'Paragraph 8' })).toBeVisible();
  await expect(d.editor(8, 'd')).toBeFocused();
});

test('the word budget turns red over the limit and Alt+arrows move between paragraphs', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/32`);
  await page.getByRole('button', { name: 'Limits…' }).click();
  await page.getByLabel('Word limit of the report').fill('100');
  await page.getByLabel('Words per page (for page limits)').fill('50');
  await page.getByRole('dialog', { name: 'Word limits' }).getByRole('button', { name: 'Save' }).click();
  await expect(d.reportWords).toHaveText('Report: 0 / 100 words');
  await expect(page.getByText('Section II: 0 / 150')).toBeVisible();
  await d.paste(32, { 'text/plain': Array.from({ length: 160 }, (_, i) => `word${i}`).join(' ') }, 'a');
  await expect(d.reportWords).toHaveAttribute('data-over', 'true');
  await expect(d.reportWords).toHaveCSS('color', 'rgb(179, 38, 30)');
  await expect(page.getByText('Section II: 160 / 150')).toHaveAttribute('data-over', 'true');
  await d.waitSaved();
  await page.reload();
  await expect(d.reportWords).toHaveText('Report: 160 / 100 words (over the limit)');

  await d.editor(32, 'a').click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { name: 'Paragraph 33' })).toBeVisible();
  await expect(d.editor(33)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('heading', { name: 'Paragraph 32' })).toBeVisible();
});

test('killing the host while typing loses at most the unsaved moment', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/10`);
  await d.type(10, 'Saved sentence about racism and xenophobia.');
  await d.waitSaved();
  await page.keyboard.type(' Unsaved tail');
  host.process.kill('SIGKILL');
  await new Promise((r) => host.process.once('exit', r));
  const db = openDatabase(host.dbPath);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(JSON.stringify(headContent(db, '10'))).toContain('Saved sentence about racism and xenophobia.');
  db.close();
});
