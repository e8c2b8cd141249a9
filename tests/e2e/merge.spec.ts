// The coordinator's merge end to end with real signed bundles: two ministries answer paragraphs 5
// and 6 from the coordinator's text; in 5 they change different paragraphs (merged automatically),
// in 6 the same paragraph differently (a conflict). The coordinator resolves it in the UI and the
// compiled report carries the resolved text.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { runCli } from '../../main/cli/main';
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
async function cli(who: string, ...argv: string[]): Promise<string[]> {
  const out: string[] = [];
  const err: string[] = [];
  clock += 10 * 60_000;
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: { TREATY_DESK_PASSPHRASE: `${who} secret` }, now: () => new Date(clock) });
  if (code !== 0) throw new Error(`${argv[0]}: ${err.join(' ')}`);
  return out;
}

/** Builds the coordinator's workspace with both bundles imported, as it would be after a week of exchange. */
async function exchange(dir: string, o: { tail?: string } = {}) {
  const f = (n: string) => join(dir, n);
  // Said by everyone after paragraph 6's second sentence (a long passage makes a long conflict).
  const tail = o.tail ? ` ${o.tail}` : '';
  await cli(COORD, 'init', f('coord.sqlite'), '--loi', seed, '--institution', COORD);
  await cli(COORD, 'answer', f('coord.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded.\n\nBy the migration service.\n\nEvery year.');
  await cli(COORD, 'answer', f('coord.sqlite'), '--paragraph', '6', '--text', `Returnees receive support.\n\nThe fund pays for retraining.${tail}`);
  const fingerprints: string[] = [];
  for (const [who, file] of [[LABOUR, 'labour'], [INTERIOR, 'interior']] as const) {
    await cli(COORD, 'invite', f('coord.sqlite'), '--institution', who, '--paragraphs', '5-6', '--out', f(`${file}-invite.tdbundle`));
    fingerprints.push((await cli(who, 'join', f(`${file}.sqlite`), '--invite', f(`${file}-invite.tdbundle`))).at(-1)!);
  }
  await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded monthly.\n\nBy the migration service.\n\nEvery year.');
  await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '6', '--text', `Returnees receive support.\n\nThe fund pays for retraining and small loans.${tail}`);
  await cli(INTERIOR, 'answer', f('interior.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded.\n\nBy the migration service.\n\nEvery year since 2019.');
  await cli(INTERIOR, 'answer', f('interior.sqlite'), '--paragraph', '6', '--text', `Returnees receive support.\n\nThe fund pays for vocational retraining.${tail}`);
  const reports: Array<Record<string, unknown>> = [];
  for (const [i, [who, file]] of ([[LABOUR, 'labour'], [INTERIOR, 'interior']] as const).entries()) {
    await cli(who, 'export-bundle', f(`${file}.sqlite`), '--out', f(`${file}-1.tdbundle`));
    // A first bundle from a new key is refused until the coordinator confirms its fingerprint.
    await expect(cli(COORD, 'import-bundle', f('coord.sqlite'), f(`${file}-1.tdbundle`))).rejects.toThrow(/trust/);
    await cli(COORD, 'trust', f('coord.sqlite'), '--institution', who, '--fingerprint', fingerprints[i]);
    reports.push(JSON.parse((await cli(COORD, 'import-bundle', f('coord.sqlite'), f(`${file}-1.tdbundle`), '--json'))[0]));
  }
  return { db: f('coord.sqlite'), reports };
}

/** The coordinator's window on a workspace (its own loopback host, 1280 x 860); the host stops after `use`. */
async function asCoordinator(page: Page, db: string, use: (drafting: DraftingPage, queue: ConflictQueue) => Promise<void>): Promise<void> {
  const host = await startHost(db);
  try {
    const drafting = new DraftingPage(page);
    await page.setViewportSize({ width: 1280, height: 860 });
    await drafting.open(host.url);
    await use(drafting, new ConflictQueue(page));
  } finally {
    await host.stop();
  }
}

test('two ministries: one answer merges by itself, one conflict is resolved in the queue and reaches the report', async ({ page }) => {
  const { db, reports } = await exchange(tempDir('treaty-desk-e2e-merge-'));
  expect(reports[0]).toMatchObject({ outcome: 'accepted', fastForwarded: ['5', '6'], merged: [], conflicts: [] });
  expect(reports[1]).toMatchObject({ outcome: 'accepted', fastForwarded: [], merged: ['5'], conflicts: ['6'] });

  await asCoordinator(page, db, async (drafting, queue) => {

    // The outline marks paragraph 6, not 5; paragraph 5 shows both ministries' changes merged.
    await expect(queue.marker(6)).toHaveText('⚠ 1');
    await expect(queue.marker(5)).toHaveCount(0);
    await expect(queue.headerButton).toHaveText('Conflicts (1)');
    await drafting.selectParagraph(5);
    await expect(drafting.editor(5)).toHaveText(/Flows are recorded monthly\.By the migration service\.Every year since 2019\./);

    // Paragraph 6 shows both versions until the coordinator decides, and says who wrote what.
    await drafting.selectParagraph(6);
    await expect(drafting.editor(6)).toContainText('The fund pays for retraining and small loans.');
    await expect(drafting.editor(6)).toContainText('The fund pays for vocational retraining.');
    await expect(page.getByText('Open merge conflicts in this answer: 1.')).toBeVisible();
    await page.getByRole('button', { name: 'Who wrote this?' }).first().click();
    const who = page.getByRole('region', { name: 'Who wrote each part of this answer' });
    await expect(who.getByRole('listitem').filter({ hasText: 'small loans' })).toContainText(LABOUR);
    await expect(who.getByRole('listitem').filter({ hasText: 'vocational' })).toContainText(INTERIOR);
    await expect(who.getByRole('listitem').filter({ hasText: 'Returnees receive support.' })).toContainText(COORD);
    await page.screenshot({ path: 'test-results/merge-paragraph.png' });

    await queue.open();
    await expect(queue.list.getByRole('button')).toHaveCount(1);
    // Neither version is the coordinator's own: each is named by the ministry that signed it.
    await expect(queue.side(LABOUR)).toContainText('The fund pays for retraining and small loans.');
    await expect(queue.side(INTERIOR)).toContainText('The fund pays for vocational retraining.');
    await expect(queue.marks(LABOUR)).toHaveText(['and small loans']);
    await expect(queue.marks(INTERIOR)).toHaveText(['vocational']);
    await expect(queue.action(`Keep the version of ${INTERIOR}`)).toBeEnabled();
    await queue.dialog.getByText('Show the common ancestor').click();
    await expect(queue.dialog.locator('.conflict-ancestor .side-text')).toHaveText('The fund pays for retraining.');
    await page.screenshot({ path: 'test-results/merge-queue.png' });

    await queue.action('Edit…').click();
    // The agreed version is written in a rich-text editor: the words typed in bold stay bold.
    const agreed = queue.dialog.getByRole('textbox', { name: 'Agreed version' });
    await agreed.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('The fund pays for vocational retraining and small loans.');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'small loans'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+B');
    await expect(agreed.locator('strong')).toHaveText('small loans');
    await page.screenshot({ path: 'test-results/merge-edit.png' });
    await queue.action('Resolve with this text').click();
    await expect(queue.status).toHaveText('Resolved. Open conflicts left in this answer: 0.');
    await expect(queue.dialog.getByText('No open conflicts.')).toBeVisible();
    await queue.close();

    await expect(queue.marker(6)).toHaveCount(0);
    await expect(queue.headerButton).toHaveText('Conflicts');
    await expect(drafting.editor(6)).toHaveText('Returnees receive support.The fund pays for vocational retraining and small loans.');
    await expect(drafting.editor(6).locator('strong')).toHaveText('small loans');

    // The compiled report carries the resolved and the merged text, and neither rejected version.
    const dialog = new ExportDialog(page);
    await dialog.open();
    await expect(dialog.group(/^Open merge conflicts \(0\)$/)).toContainText('none');
    await dialog.draftBox.check();
    const file = await dialog.export();
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    // The words as Word shows them (runs joined), and the agreed bold run itself.
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('The fund pays for vocational retraining and small loans.');
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*>small loans<\/w:t>/s);
    expect(text).toContain('Flows are recorded monthly.');
    expect(text).toContain('Every year since 2019.');
    expect(text).not.toContain('The fund pays for retraining and small loans.');
    expect(text).not.toContain('The fund pays for vocational retraining.\n');
    expect(text.match(/The fund pays for/g)).toHaveLength(1);
  });
});

test('the dashboard lists open conflicts, the queue reads in Russian, and keeping both keeps both versions', async ({ page }) => {
  const { db } = await exchange(tempDir('treaty-desk-e2e-merge-'));
  await asCoordinator(page, db, async (drafting, queue) => {
    await page.getByRole('button', { name: 'Dashboard' }).click();
    const summary = page.getByRole('region', { name: 'Open merge conflicts: 1' });
    await expect(summary.getByRole('listitem')).toHaveText(['Paragraph 6 Open conflicts: 1']);
    await summary.getByRole('button', { name: 'Paragraph 6' }).click();
    await expect(page.getByRole('heading', { name: 'Paragraph 6' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await page.getByRole('button', { name: 'Конфликты (1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Конфликты при слиянии' });
    await expect(dialog.getByRole('button', { name: `Оставить версию: ${INTERIOR}` })).toBeVisible();
    await page.screenshot({ path: 'test-results/merge-queue-ru.png' });
    const axe = await new AxeBuilder({ page }).include('dialog.conflicts-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await dialog.getByRole('button', { name: 'Оставить обе' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Разрешено. Открытых конфликтов в этом ответе: 0.');
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    await expect(queue.marker(6)).toHaveCount(0);
    await expect(drafting.answer(6)).toContainText('The fund pays for retraining and small loans.');
    await expect(drafting.answer(6)).toContainText('The fund pays for vocational retraining.');
  });
});

test('restoring the automatic merge from History undoes a decision: the conflict is open again, and decided again', async ({ page }) => {
  const { db } = await exchange(tempDir('treaty-desk-e2e-merge-'));
  await asCoordinator(page, db, async (drafting, queue) => {
    await drafting.selectParagraph(6);
    await queue.open();
    await queue.action(`Keep the version of ${LABOUR}`).click();
    await expect(queue.status).toHaveText('Resolved. Open conflicts left in this answer: 0.');
    await queue.close();
    await expect(queue.headerButton).toHaveText('Conflicts');
    await expect(drafting.answer(6)).not.toContainText('The fund pays for vocational retraining.');

    // Both versions come back with the text from before the decision, and they are marked as a conflict again.
    await drafting.answer(6).getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('region', { name: 'History of Answer to paragraph 6' });
    await history.getByRole('row').filter({ hasText: 'automatic merge' }).getByRole('button', { name: /^Restore revision/ }).click();
    await expect(drafting.answer(6)).toContainText('The fund pays for vocational retraining.');
    await expect(queue.headerButton).toHaveText('Conflicts (1)');
    await expect(queue.marker(6)).toHaveText('⚠ 1');
    await expect(page.getByText('Open merge conflicts in this answer: 1.')).toBeVisible();

    await queue.open();
    await queue.action(`Keep the version of ${INTERIOR}`).click();
    await expect(queue.status).toHaveText('Resolved. Open conflicts left in this answer: 0.');
    await queue.close();
    await expect(queue.marker(6)).toHaveCount(0);
    await expect(drafting.answer(6)).toContainText('The fund pays for vocational retraining.');
    await expect(drafting.answer(6)).not.toContainText('The fund pays for retraining and small loans.');
  });
});

test('an empty agreed version is said to remove the passage before it does', async ({ page }) => {
  const { db } = await exchange(tempDir('treaty-desk-e2e-merge-'));
  await asCoordinator(page, db, async (drafting, queue) => {
    await drafting.selectParagraph(6);
    await queue.open();
    await queue.action('Edit…').click();
    await queue.dialog.getByRole('textbox', { name: 'Agreed version' }).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await queue.action('Resolve with this text').click();
    await expect(queue.dialog.getByRole('alert')).toHaveText(
      'The agreed version is empty: resolving with it removes this passage from the answer, both versions with it.',
    );
    await expect(queue.headerButton).toHaveText('Conflicts (1)');
    await page.screenshot({ path: 'test-results/merge-empty-edit.png' });
    await queue.action('Remove the passage').click();
    await expect(queue.status).toHaveText('Resolved. Open conflicts left in this answer: 0.');
    await queue.close();
    await expect(drafting.editor(6)).toHaveText('Returnees receive support.');
  });
});

test('however long the two versions, the decisions stay in reach at the bottom of the queue', async ({ page }) => {
  const clauses = Array.from({ length: 60 }, (_, i) => `Clause ${i + 1} of the programme describes support measure number ${i + 1} in detail.`).join(' ');
  const { db } = await exchange(tempDir('treaty-desk-e2e-merge-'), { tail: clauses });
  await asCoordinator(page, db, async (_drafting, queue) => {
    await queue.open();
    await expect(queue.side(LABOUR)).toContainText('Clause 60 of the programme');
    await expect(queue.action('Keep both')).toBeInViewport();
    await expect(queue.action(`Keep the version of ${INTERIOR}`)).toBeInViewport();
    await page.screenshot({ path: 'test-results/merge-long-conflict.png' });
  });
});

test('correcting one version by hand keeps the conflict open, and keeping it keeps the correction', async ({ page }) => {
  const { db } = await exchange(tempDir('treaty-desk-e2e-merge-'));
  await asCoordinator(page, db, async (drafting, queue) => {
    await drafting.selectParagraph(6);
    // A word added at the end of Labour's version, in the ordinary editor.
    await drafting.editor(6).getByText('The fund pays for retraining and small loans.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Also grants.');
    await drafting.waitSaved();
    await expect(queue.marker(6)).toHaveText('⚠ 1');
    await expect(queue.headerButton).toHaveText('Conflicts (1)');

    await queue.open();
    await expect(queue.dialog.getByTestId('conflict-edited')).toBeVisible();
    await expect(queue.side(LABOUR)).toContainText('The fund pays for retraining and small loans. Also grants.');
    await expect(queue.side(INTERIOR)).toContainText('The fund pays for vocational retraining.');
    await page.screenshot({ path: 'test-results/merge-corrected.png' });
    await queue.action(`Keep the version of ${LABOUR}`).click();
    await expect(queue.status).toHaveText('Resolved. Open conflicts left in this answer: 0.');
    await queue.close();
    await expect(queue.marker(6)).toHaveCount(0);
    await expect(drafting.editor(6)).toHaveText('Returnees receive support.The fund pays for retraining and small loans. Also grants.');
  });
});

test('a bundle imported by the CLI while the window has the answer open is merged with the next edit, not overwritten', async ({ page }) => {
  const dir = tempDir('treaty-desk-e2e-merge-');
  const { db } = await exchange(dir);
  const f = (n: string) => join(dir, n);
  await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded monthly.\n\nBy the migration service.\n\nEvery year.\n\nLabour adds: 1,204 inspections in 2025.');
  await cli(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('labour-2.tdbundle'));
  await asCoordinator(page, db, async (drafting, queue) => {
    await drafting.selectParagraph(5);
    await expect(drafting.editor(5)).not.toContainText('1,204');
    // The coordinator's colleague imports Labour's second bundle with the CLI, into the same file.
    await cli(COORD, 'import-bundle', db, f('labour-2.tdbundle'));
    // The window still shows the text it loaded; the coordinator goes on typing in it.
    await drafting.editor(5).getByText('By the migration service.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Checked by the coordinator.');
    await drafting.waitSaved();
    // The save merged with the import: the window reloads the answer with both changes.
    await expect(drafting.editor(5)).toContainText('Labour adds: 1,204 inspections in 2025.');
    await expect(drafting.editor(5)).toContainText('By the migration service. Checked by the coordinator.');
    await expect(drafting.answer(5)).toContainText('This answer was changed elsewhere while you were writing (an imported bundle or another window): both changes are kept here.');
    await expect(queue.marker(5)).toHaveCount(0);
    await page.screenshot({ path: 'test-results/merge-open-editor.png' });
  });
});

test('after restoring an older backup, the coordinator takes back the bundle it sent and the institution’s later work comes in', async ({ page }) => {
  const dir = tempDir('treaty-desk-e2e-merge-');
  const { db } = await exchange(dir);
  const f = (n: string) => join(dir, n);
  await cli(COORD, 'backup', db);
  const [backup] = JSON.parse((await cli(COORD, 'backups', db, '--json')).join('\n')) as Array<{ name: string }>;
  await cli(COORD, 'answer', db, '--paragraph', '7', '--text', 'The coordinator drafts paragraph 7.');
  await cli(COORD, 'answer', db, '--paragraph', '5', '--text', 'Flows are recorded monthly.\n\nBy the migration service.\n\nEvery year since 2019, checked.');
  await cli(COORD, 'export-bundle', db, '--out', f('coord-sent.tdbundle'));
  await cli(LABOUR, 'import-bundle', f('labour.sqlite'), f('coord-sent.tdbundle'));
  await cli(LABOUR, 'answer', f('labour.sqlite'), '--paragraph', '5', '--text', 'Flows are recorded monthly.\n\nBy the migration service.\n\nEvery year since 2019, checked.\n\nLabour: a week of new work.');
  await cli(LABOUR, 'export-bundle', f('labour.sqlite'), '--out', f('labour-2.tdbundle'));
  await cli(COORD, 'restore', db, '--backup', backup.name);

  await asCoordinator(page, db, async (drafting) => {
    const bundles = new BundlesPage(page, dir);
    await bundles.open();
    await bundles.importWithPicker(f('labour-2.tdbundle'));
    await expect(bundles.outcome()).toHaveAttribute('data-outcome', 'rejected');
    await bundles.closeReport();
    await bundles.importWithPicker(f('coord-sent.tdbundle'));
    await expect(bundles.outcome()).toHaveText(/^This workspace’s own bundle #\d+ taken back: the text it sent, missing here since an older backup was restored, is here again\.$/);
    await page.screenshot({ path: 'test-results/merge-own-bundle.png' });
    await bundles.closeReport();
    await bundles.importWithPicker(f('labour-2.tdbundle'));
    await expect(bundles.outcome()).toHaveAttribute('data-outcome', 'accepted');
    await bundles.closeReport();
    await bundles.close();
    await drafting.selectParagraph(5);
    await expect(drafting.editor(5)).toContainText('Labour: a week of new work.');
    await drafting.selectParagraph(7);
    await expect(drafting.editor(7)).toHaveText('The coordinator drafts paragraph 7.');
  });
});
