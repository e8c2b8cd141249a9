// What a coordinator reads while merging several institutions' bundles: the import report's paragraph
// links, a table cell and a caption field in the conflict queue, a conflict that differs only in a
// footnote, who wrote each cell of a table, and the queue's dates in Kyrgyz.
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { runCli } from '../../main/cli/main';
import { unwrap, withCore } from '../../main/cli/open';
import type { AnswerContent, DataTableElement } from '../../shared/editor/types';
import { repoRoot, startHost, tempDir } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { BundlesPage } from './pages/bundles-page';
import { ConflictQueue } from './pages/conflict-queue';
import { DraftingPage } from './pages/drafting-page';
import { ExportDialog } from './pages/export-dialog';

const seed = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');
const COORD = 'Ministry of Foreign Affairs';
const LABOUR = 'Ministry of Labour and Social Development';
const INTERIOR = 'Ministry of Internal Affairs';

let clock = Date.parse('2026-03-02T08:00:00Z');
async function cli(who: string, ...argv: string[]): Promise<{ out: string[]; code: number }> {
  const out: string[] = [];
  clock += 10 * 60_000;
  const code = await runCli(argv, { out: (l) => out.push(l), err: () => undefined, env: { TREATY_DESK_PASSPHRASE: `${who} secret` }, now: () => new Date(clock) });
  return { out, code };
}
async function save(db: string, ref: string, edit: (c: AnswerContent) => AnswerContent) {
  clock += 10 * 60_000;
  await withCore(db, () => new Date(clock), async (api) => {
    const q = unwrap(await api['question.get']({ ref }));
    unwrap(await api['answer.save']({ ref, content: edit(structuredClone(q.answers[ref]?.content ?? [])) }));
  });
}
const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const noted = (note: string): AnswerContent => [
  { type: 'paragraph', children: [{ text: 'Legal aid is free.' }, { type: 'footnote', note, children: [{ text: '' }] }, { text: '' }] },
];
const tableOf = (c: AnswerContent) => c.find((b): b is DataTableElement => b.type === 'data-table')!;

/** Labour and Interior answer 5, 6 (one changes it), 7 (a table: one cell and the notes both ways) and 8 (a footnote). */
async function workspace(dir: string) {
  const f = (n: string) => join(dir, n);
  const C = f('coord.sqlite');
  await cli(COORD, 'init', C, '--loi', seed, '--institution', COORD);
  await cli(COORD, 'answer', C, '--paragraph', '5', '--text', 'Flows are recorded.');
  await cli(COORD, 'answer', C, '--paragraph', '6', '--text', 'Returnees receive support.');
  await cli(COORD, 'answer', C, '--paragraph', '7', '--text', 'Complaints received by region are shown below.');
  writeFileSync(f('t.csv'), 'Region,2022,2023\nBishkek,120,130\nOsh,80,95\n');
  await cli(COORD, 'add-table', C, '--paragraph', '7', '--csv', f('t.csv'), '--title', 'Complaints by region');
  await save(C, '8', () => noted('Law No. 1.'));
  const fps: string[] = [];
  for (const [who, file] of [[LABOUR, 'labour'], [INTERIOR, 'interior']] as const) {
    await cli(COORD, 'invite', C, '--institution', who, '--paragraphs', '5-8', '--out', f(`${file}-invite.tdbundle`));
    fps.push((await cli(who, 'join', f(`${file}.sqlite`), '--invite', f(`${file}-invite.tdbundle`))).out.at(-1)!);
  }
  const L = f('labour.sqlite');
  const I = f('interior.sqlite');
  await save(L, '5', () => [p('Flows are recorded monthly.')]);
  await save(L, '6', () => [p('Returnees receive state support.')]);
  await save(L, '7', (c) => ((tableOf(c).rows[0].cells[2] = '131'), (tableOf(c).notes = 'Police data.'), c));
  await save(L, '8', () => noted('Law No. 2 of 2024.'));
  await save(I, '7', (c) => ((tableOf(c).rows[0].cells[2] = '132'), (tableOf(c).rows[1].cells[1] = '81'), (tableOf(c).notes = 'Court data.'), c));
  await save(I, '8', () => noted('Law No. 3 of 2025.'));
  for (const [i, [who, file, db]] of ([[LABOUR, 'labour', L], [INTERIOR, 'interior', I]] as const).entries()) {
    await cli(who, 'export-bundle', db, '--out', f(`${file}-1.tdbundle`));
    await cli(COORD, 'import-bundle', C, f(`${file}-1.tdbundle`)); // refused: the key is new
    await cli(COORD, 'trust', C, '--institution', who, '--fingerprint', fps[i]);
  }
  // Labour's second bundle carries 5, 7 and 8 again, unchanged since its first.
  await save(L, '6', () => [p('Returnees receive state support and loans.')]);
  await cli(LABOUR, 'export-bundle', L, '--out', f('labour-2.tdbundle'));
  await save(L, '6', () => [p('Returnees receive state support and small loans.')]);
  await cli(LABOUR, 'export-bundle', L, '--out', f('labour-3.tdbundle'));
  return { db: C, labour: f('labour-1.tdbundle'), interior: f('interior-1.tdbundle'), labour2: f('labour-2.tdbundle'), labour3: f('labour-3.tdbundle'), fps };
}

test('a coordinator reads the import report, the queue and the authorship of a table', async ({ page }) => {
  const dir = tempDir('treaty-desk-e2e-merge-review-');
  const { db, labour, interior, labour2, labour3, fps } = await workspace(dir);
  const host = await startHost(db);
  try {
    const drafting = new DraftingPage(page);
    const queue = new ConflictQueue(page);
    const bundles = new BundlesPage(page, dir);
    await page.setViewportSize({ width: 1280, height: 860 });
    await drafting.open(host.url);

    // Each paragraph is its own link, with a comma between them; unchanged ones are listed too.
    await bundles.open();
    await bundles.importWithPicker(labour, interior);
    const updated = bundles.reportList('Updated');
    await expect(updated.getByRole('button')).toHaveText(['5', '6', '7', '8']);
    await expect(updated).toHaveText('5, 6, 7, 8');
    await bundles.nextReport();
    await expect(bundles.reportList('With conflicts')).toHaveText('7, 8');
    await bundles.closeReport();
    await bundles.importWithPicker(labour3);
    await expect(bundles.reportList('Unchanged')).toHaveText('5, 7, 8');
    await page.screenshot({ path: 'test-results/merge-review-report.png' });
    await bundles.closeReport();
    // Labour's second bundle, arriving after its third: taken, and all of it is already here.
    await bundles.importWithPicker(labour2);
    await expect(bundles.outcome()).toHaveText(new RegExp(`^Bundle #2 from ${LABOUR}, made on .+, is older than bundle #3, imported before: everything in it is already here; nothing changed\\.$`));
    await page.screenshot({ path: 'test-results/merge-review-older.png' });
    await bundles.closeReport();
    // The same file again names the bundle, and keeps the date it was first imported under Details.
    await bundles.importWithPicker(labour);
    await expect(bundles.outcome()).toHaveText(new RegExp(`^Bundle #1 from ${LABOUR}, made on .+, was already imported on .+; nothing changed\\.$`));
    await bundles.report.getByText('Details').click();
    await expect(bundles.report.locator('.bundle-details p')).toContainText(/Already imported on \d{4}-\d\d-\d\d \d\d:\d\d UTC: bundle #1/);
    await bundles.closeReport();
    await bundles.close();

    // The report's checklist counts the conflicts themselves, as the Conflicts button does, and each answer's beside it.
    await expect(queue.headerButton).toHaveText('Conflicts (3)');
    const compile = new ExportDialog(page);
    await compile.open();
    await expect(compile.group(/^Open merge conflicts \(3\)$/).getByRole('button')).toHaveText(['7 (2)', '8 (1)']);
    await compile.close();

    await queue.open();
    const cellEntry = queue.list.getByRole('button', { name: /row Bishkek/ });
    await cellEntry.click();
    // The entry wraps inside the 260 px column instead of running past it.
    const [entry, column] = await Promise.all([cellEntry.boundingBox(), queue.list.boundingBox()]);
    expect(entry!.x + entry!.width).toBeLessThanOrEqual(column!.x + column!.width + 1);
    await expect(cellEntry.locator('.place')).toHaveText('table “Complaints by region”, row Bishkek, column 2023');
    await queue.action('Edit…').click();
    await expect(queue.dialog.locator('.conflict-edit label')).toContainText('Write the agreed value (plain text, without formatting).');
    await page.screenshot({ path: 'test-results/merge-review-cell.png' });
    await queue.action('Cancel').click();
    // A caption field by its name in the table's form, not its key.
    await expect(queue.list.getByRole('button', { name: /table “Complaints by region”, notes/ })).toHaveCount(1);

    // Same words, different footnote: the queue says so and shows each footnote.
    await queue.list.getByRole('button', { name: /Paragraph 8/ }).click();
    await expect(queue.dialog.getByRole('note')).toHaveText('The words are the same; the versions differ in footnote 1.');
    await expect(queue.side(LABOUR)).toContainText('Footnote 1: Law No. 2 of 2024.');
    await expect(queue.side(INTERIOR)).toContainText('Footnote 1: Law No. 3 of 2025.');
    await queue.dialog.getByText('Show the common ancestor').click();
    await expect(queue.dialog.locator('.conflict-ancestor')).toContainText('Footnote 1: Law No. 1.');
    await page.screenshot({ path: 'test-results/merge-review-footnote.png' });
    const axe = await new AxeBuilder({ page }).include('dialog.conflicts-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await queue.close();

    // Who wrote each cell that came from an institution, signed with which key; hovering tells too.
    await drafting.selectParagraph(7);
    await page.getByRole('button', { name: 'Who wrote this?' }).first().click();
    const who = queue.authorship();
    await expect(who).toContainText('Table “Complaints by region”');
    const osh = queue.authorshipItem('Osh / 2022: 81');
    await expect(osh).toContainText(INTERIOR);
    await expect(osh).toHaveAttribute('title', new RegExp(`key ${fps[1]}$`));
    await expect(queue.authorshipItem(/^\d+ cells — /)).toContainText(COORD);
    // The disputed cell says so, in the grid and in the panel.
    const bishkek = page.locator('[data-answer="7"] td[role="gridcell"]').filter({ hasText: /^131$/ });
    await expect(bishkek).toHaveAttribute('data-disputed', '');
    await expect(bishkek).toHaveAccessibleDescription(/^Open conflict: the versions differ in this cell/);
    await expect(queue.authorshipItem('Bishkek / 2023: 131')).toContainText('⚠ Open conflict');
    const first = drafting.editor(7).locator('p').first();
    await first.hover();
    await expect(first).toHaveAttribute('title', /^Written by Ministry of Foreign Affairs, /);
    await expect(who.locator('li.hovered')).toContainText('Complaints received by region are shown below.');
    const oshCell = page.locator('[data-answer="7"] td[role="gridcell"]').filter({ hasText: /^81$/ });
    await oshCell.hover();
    await expect(oshCell).toHaveAttribute('title', new RegExp(`^Written by ${INTERIOR}, `));
    await expect(who.locator('li.hovered')).toContainText('Osh / 2022: 81');
    // A tooltip the editor sets later (a table check's message, say) is never overwritten by hovering.
    await oshCell.evaluate((el) => el.setAttribute('title', 'A check message.'));
    await first.hover();
    await oshCell.hover();
    await expect(who.locator('li.hovered')).toContainText('Osh / 2022: 81');
    await expect(oshCell).toHaveAttribute('title', 'A check message.');
    await who.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/merge-review-provenance.png' });
    const axeWho = await new AxeBuilder({ page }).include('[data-answer="7"]').include('section.provenance').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axeWho.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // The answer's own queue (its notice's button) goes on from one decision to the next, and
    // Escape does not throw away an agreed value being written.
    await page.getByRole('button', { name: 'Review conflicts…' }).click();
    await expect(queue.list.getByRole('button')).toHaveCount(2);
    await queue.action('Edit…').click();
    const agreed = queue.dialog.locator('.conflict-edit input');
    await agreed.fill('An agreed value');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(queue.dialog).toBeVisible();
    await expect(agreed).toHaveValue('An agreed value');
    await queue.action('Cancel').click();
    await queue.dialog.getByRole('button', { name: /^Keep the version of / }).first().click();
    await expect(queue.status).toHaveText('Resolved. Open conflicts left in this answer: 1.');
    await expect(queue.list.getByRole('button')).toHaveCount(1);
    await expect(queue.dialog.getByRole('button', { name: /^Keep the version of / }).first()).toBeEnabled();
    await page.screenshot({ path: 'test-results/merge-review-answer-queue.png' });
    // Escape closes it when nothing is being written; the paragraph is read again then.
    await page.keyboard.press('Escape');
    await expect(queue.dialog).toHaveCount(0);
    await expect(page.getByText('Open merge conflicts in this answer: 1.')).toBeVisible();
    await expect(queue.headerButton).toHaveText('Conflicts (2)');
    // Closed while a decision is still on its way: the paragraph is read when the answer comes.
    let release = () => {};
    const held = new Promise<void>((go) => (release = go));
    await page.route('**/api/conflict.resolve', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Review conflicts…' }).click();
    await queue.dialog.getByRole('button', { name: /^Keep the version of / }).first().click();
    await queue.close();
    release();
    await expect(page.getByText(/^Open merge conflicts in this answer/)).toHaveCount(0);
    await expect(queue.headerButton).toHaveText('Conflicts (1)');
    await page.unroute('**/api/conflict.resolve');

    // Kyrgyz: the queue's dates follow the interface language, not English.
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ky');
    await page.getByRole('button', { name: /^Карама-каршылыктар \(/ }).click();
    const ky = page.locator('dialog.conflicts-dialog[open]');
    await expect(ky.locator('.writers span').first()).toHaveText(/2026/);
    await expect(ky.locator('.writers span').first()).not.toContainText(/Mar|AM|PM/);
    await page.screenshot({ path: 'test-results/merge-review-ky.png' });
  } finally {
    await host.stop();
  }
});
