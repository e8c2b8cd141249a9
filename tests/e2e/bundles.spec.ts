// The bundle round trip through the UI, with three workspaces in browser mode: the coordinator
// invites two institutions; each joins from its invitation on a fresh install, answers and exports
// a bundle; the coordinator's first import is refused until the key is confirmed by its
// fingerprint, then merges both; the merged state goes back and shows up at the institution.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type RunningHost, startHost, tempDir } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { BundlesPage } from './pages/bundles-page';
import { DraftingPage } from './pages/drafting-page';

const COORD = 'Ministry of Foreign Affairs';
const LABOUR = 'Ministry of Labour';
const INTERIOR = 'Ministry of Internal Affairs';
const shots = 'test-results/bundles';

test('invite, join, answer, export, confirm keys, import, and send the merged state back', async ({ browser }) => {
  test.setTimeout(240_000);
  mkdirSync(shots, { recursive: true });
  const files = tempDir('treaty-desk-e2e-bundles-');
  const hosts: RunningHost[] = [];
  try {
    const [coordHost, labourHost, interiorHost] = await Promise.all([
      startHost(join(files, 'coord.sqlite'), ['--institution', COORD]),
      startHost(join(files, 'labour.sqlite')),
      startHost(join(files, 'interior.sqlite')),
    ]);
    hosts.push(coordHost, labourHost, interiorHost);
    const open = async (h: RunningHost) => {
      const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
      const drafting = new DraftingPage(page);
      await drafting.open(h.url);
      return { page, drafting, bundles: new BundlesPage(page, files) };
    };
    const coord = await open(coordHost);
    const labour = await open(labourHost);
    const interior = await open(interiorHost);

    // The coordinator invites; its key is made with the first invitation.
    await coord.bundles.open();
    const labourInvite = await coord.bundles.invite(LABOUR, '5', 'coordinator passphrase');
    await expect(coord.bundles.dialog.getByRole('status')).toContainText(`Invitation for ${LABOUR} saved`);
    const interiorInvite = await coord.bundles.invite(INTERIOR, '7', 'coordinator passphrase');
    await expect(coord.bundles.row(INTERIOR)).toContainText('Key not confirmed yet');
    await coord.page.screenshot({ path: `${shots}/1-coordinator-invited.png` });

    // Each institution joins on a fresh install and reads out its fingerprint.
    const join1 = async (who: typeof labour, invitation: string, name: string, pass: string) => {
      await who.bundles.open();
      await who.bundles.join(invitation, pass);
      const fp = await who.bundles.ownFingerprint();
      expect(fp).toMatch(/^\d{5}( \d{5}){4}$/);
      await who.bundles.close();
      await expect(who.page.getByRole('banner')).toContainText(name);
      await who.drafting.outline.waitFor();
      return fp;
    };
    const labourFp = await join1(labour, labourInvite, LABOUR, 'labour passphrase');
    const interiorFp = await join1(interior, interiorInvite, INTERIOR, 'interior passphrase');

    /** An official types into a paragraph, waits for the save, and exports a bundle (the bundles page stays open). */
    const draftAndExport = async (who: typeof labour, paragraph: number, text: string, pass: string) => {
      await who.drafting.selectParagraph(paragraph);
      await who.drafting.type(paragraph, text);
      await who.drafting.waitSaved();
      await who.bundles.open();
      return who.bundles.exportBundle(pass);
    };

    const labourBundle = await draftAndExport(labour, 5, 'Labour migration flows are recorded monthly.', 'labour passphrase');
    await expect(labour.bundles.dialog).toContainText('Paragraphs assigned to you: 5');
    await expect(labour.bundles.dialog.getByRole('status')).toContainText('Bundle #1 saved');
    await labour.page.screenshot({ path: `${shots}/2-institution-exported.png` });

    const interiorBundle = await draftAndExport(interior, 7, 'Complaints go to the Ombudsman.', 'interior passphrase');

    // Dropped onto the coordinator's window: refused until the key is confirmed, then imported.
    await coord.bundles.close();
    await coord.bundles.drop(labourBundle);
    await expect(coord.bundles.outcome()).toHaveText('Bundle refused. Nothing in this workspace changed.');
    await expect(coord.bundles.report).toContainText(labourFp);
    await coord.page.screenshot({ path: `${shots}/3-refused-unknown-key.png` });
    await coord.bundles.confirmKeyAndRetry(labourFp);
    await expect(coord.bundles.outcome()).toHaveText(`Bundle #1 from ${LABOUR} imported.`);
    await expect(coord.bundles.reportList('Updated')).toHaveText('5');
    await coord.page.screenshot({ path: `${shots}/4-imported.png` });
    await coord.bundles.closeReport();

    // The second one through the file picker; its key is confirmed from the institutions table.
    await coord.bundles.open();
    await coord.bundles.importWithPicker(interiorBundle);
    await expect(coord.bundles.outcome()).toHaveAttribute('data-outcome', 'rejected');
    await coord.bundles.closeReport();
    await coord.bundles.row(INTERIOR).getByRole('button', { name: 'Confirm key…' }).click();
    await coord.bundles.dialog.getByLabel(/Fingerprint read by/).fill(interiorFp);
    await coord.bundles.dialog.getByRole('button', { name: 'Trust this key' }).click();
    await expect(coord.bundles.row(INTERIOR)).toContainText('Trusted');
    await coord.bundles.importWithPicker(interiorBundle);
    await expect(coord.bundles.outcome()).toHaveText(`Bundle #1 from ${INTERIOR} imported.`);
    await coord.bundles.closeReport();
    await expect(coord.bundles.row(LABOUR)).toContainText(labourFp);
    await expect(coord.bundles.row(LABOUR)).toContainText('#1, imported');
    await coord.page.screenshot({ path: `${shots}/5-institutions.png` });

    // The coordinator sees both answers, and sends the merged state back.
    const merged = await coord.bundles.exportBundle('coordinator passphrase');
    await coord.bundles.close();
    await coord.drafting.selectParagraph(5);
    await expect(coord.drafting.editor(5)).toHaveText('Labour migration flows are recorded monthly.');

    await labour.bundles.close();
    await labour.bundles.drop(merged);
    await expect(labour.bundles.outcome()).toHaveText(`Bundle #3 from ${COORD} imported.`);
    await labour.bundles.closeReport();
    await labour.drafting.selectParagraph(7);
    await expect(labour.drafting.editor(7)).toHaveText('Complaints go to the Ombudsman.');

    // The same file again is a no-op that says so.
    await labour.bundles.drop(merged);
    await expect(labour.bundles.outcome()).toHaveText(new RegExp(`^Bundle #3 from ${COORD}, made on .+, was already imported on .+; nothing changed\\.$`));
    await labour.bundles.closeReport();

    // An inbox picked at once: both bundles import, one report after the other.
    const labourSecond = await draftAndExport(labour, 5, ' Seasonal work is counted too.', 'labour passphrase');
    await interior.bundles.close();
    const interiorSecond = await draftAndExport(interior, 7, ' It answers within a month.', 'interior passphrase');
    await coord.bundles.open();
    await coord.bundles.importWithPicker(labourSecond, interiorSecond);
    await expect(coord.bundles.outcome()).toHaveText(`Bundle #2 from ${LABOUR} imported.`);
    await expect(coord.bundles.report).toContainText(`File: ${basename(labourSecond)}`);
    await expect(coord.bundles.report.getByTestId('more-reports')).toHaveText('The report of 1 more bundle follows when you close this one.');
    await coord.page.screenshot({ path: `${shots}/6-first-of-two-reports.png` });
    await coord.bundles.nextReport();
    await expect(coord.bundles.outcome()).toHaveText(`Bundle #2 from ${INTERIOR} imported.`);
    await expect(coord.bundles.report).toContainText(`File: ${basename(interiorSecond)}`);
    await expect(coord.bundles.report.getByTestId('more-reports')).toHaveCount(0);
    await coord.page.screenshot({ path: `${shots}/7-second-of-two-reports.png` });
    await coord.bundles.closeReport();
    await coord.bundles.close();
    await coord.drafting.selectParagraph(7);
    await expect(coord.drafting.editor(7)).toHaveText('Complaints go to the Ombudsman. It answers within a month.');
  } finally {
    await Promise.all(hosts.map((h) => h.stop()));
  }
});

test('the bundles page reads in Russian, passes axe, and damaged files opened with the app or dropped on it are refused clearly', async ({ page }) => {
  const files = tempDir('treaty-desk-e2e-bundles-');
  const opened = join(files, 'opened.tdbundle');
  writeFileSync(opened, 'PK\u0003\u0004 not a bundle');
  // As a double-click on a .tdbundle does in the desktop app, browser mode takes files on its command line.
  const host = await startHost(join(files, 'ws.sqlite'), ['--open', opened]);
  try {
    const drafting = new DraftingPage(page);
    const bundles = new BundlesPage(page, files);
    await drafting.open(host.url);
    await expect(bundles.outcome()).toHaveText('Bundle refused. Nothing in this workspace changed.');
    await expect(bundles.report).toContainText('This file is not a Treaty Desk bundle.');
    await bundles.closeReport();

    const junk = join(files, 'answers.tdbundle');
    writeFileSync(junk, 'treaty-desk-bundle 1\nuntrusted comment: x\n');
    await bundles.drop(junk);
    await expect(bundles.outcome()).toHaveText('Bundle refused. Nothing in this workspace changed.');
    await expect(bundles.report).toContainText('The file is incomplete');
    await expect(bundles.report).toContainText('File: answers.tdbundle');
    await bundles.closeReport();

    const notes = join(files, 'notes.txt');
    writeFileSync(notes, 'not a bundle');
    const transfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'notes.txt'));
      return dt;
    });
    for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: transfer });
    await expect(page.getByRole('alert').filter({ hasText: '“notes.txt” is not a .tdbundle file.' })).toBeVisible();

    await page.getByLabel('Interface language').selectOption('ru');
    await page.getByRole('banner').getByRole('button', { name: 'Пакеты', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Пакеты и учреждения' });
    await expect(dialog.getByRole('button', { name: 'Экспортировать пакет…' })).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'Эта рабочая область' })).toBeVisible();
    const joinSection = dialog.getByRole('region', { name: 'Присоединиться к рабочей области доклада' });
    await expect(joinSection).toBeVisible();
    await expect(joinSection).toContainText('Эта пока пустая рабочая область станет рабочей областью вашего учреждения.');
    await expect(dialog.getByRole('form', { name: 'Пригласить учреждение' })).toBeVisible();
    await page.screenshot({ path: `${shots}/6-russian.png` });
    const results = await new AxeBuilder({ page }).include('dialog.bundle-dialog').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  } finally {
    await host.stop();
  }
});
