// A paragraph moved from one ministry to another, as both sides see it in the window: the
// coordinator's import report takes Labour's work on the paragraph it kept and names the one it no
// longer answers; Labour imports the newer invitation and reads which paragraphs it has now. The
// workspaces are set up with the CLI; each screen is checked in English and in Russian.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { runCommand } from '../helpers/cli';
import { type RunningHost, repoRoot, startHost, tempDir } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { BundlesPage } from './pages/bundles-page';
import { DraftingPage } from './pages/drafting-page';

const COORD = 'Ministry of Foreign Affairs';
const LABOUR = 'Ministry of Labour';
const shots = 'test-results/bundles';
let clock = new Date('2026-03-02T08:00:00Z').getTime();
async function cli(who: string, ...argv: string[]) {
  const r = await runCommand(argv, { env: { TREATY_DESK_PASSPHRASE: `${who} passphrase` }, now: new Date((clock += 60_000)) });
  expect(r.code, `${argv[0]}: ${r.err}`).toBe(0);
  return r;
}

/** Labour answered 5 and 13 and its first bundle is in; then 5 moves away (invitation for 13 only) and Labour, not yet told, writes on both. */
async function setUp(dir: string) {
  const f = (name: string) => join(dir, name);
  const [coord, labour] = [f('coord.sqlite'), f('labour.sqlite')];
  await cli(COORD, 'init', coord, '--loi', join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt'), '--institution', COORD);
  await cli(COORD, 'invite', coord, '--institution', LABOUR, '--paragraphs', '5,13', '--out', f('invite-1.tdbundle'));
  const fingerprint = (await cli(LABOUR, 'join', labour, '--invite', f('invite-1.tdbundle'))).lines.at(-1)!;
  await cli(LABOUR, 'answer', labour, '--paragraph', '5', '--text', 'Labour on 5.');
  await cli(LABOUR, 'answer', labour, '--paragraph', '13', '--text', 'Labour on 13.');
  await cli(LABOUR, 'export-bundle', labour, '--out', f('labour-1.tdbundle'));
  // Refused until the key is confirmed (the fingerprint read by phone), then taken.
  expect((await runCommand(['import-bundle', coord, f('labour-1.tdbundle')], { now: new Date((clock += 60_000)) })).code).toBe(1);
  await cli(COORD, 'trust', coord, '--institution', LABOUR, '--fingerprint', fingerprint);
  await cli(COORD, 'import-bundle', coord, f('labour-1.tdbundle'));
  await cli(COORD, 'invite', coord, '--institution', LABOUR, '--paragraphs', '13', '--out', f('invite-2.tdbundle'));
  await cli(COORD, 'invite', coord, '--institution', LABOUR, '--paragraphs', '13-14', '--out', f('invite-3.tdbundle'));
  for (const n of [2, 3]) {
    await cli(LABOUR, 'answer', labour, '--paragraph', '5', '--text', `Labour on 5, week ${n}.`);
    await cli(LABOUR, 'answer', labour, '--paragraph', '13', '--text', `Labour on 13, week ${n}.`);
    await cli(LABOUR, 'export-bundle', labour, '--out', f(`labour-${n}.tdbundle`));
  }
  return { coord, labour, f };
}

/** Imports a file from the Russian bundles page (the page object speaks English) and returns the report. */
async function importInRussian(page: Page, file: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Пакеты', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Пакеты и учреждения' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Импортировать пакет…' }).click()]);
  await chooser.setFiles(file);
  return page.getByRole('dialog', { name: 'Импорт пакета' });
}

async function openAt(page: Page, host: RunningHost, files: string) {
  await new DraftingPage(page).open(host.url);
  return new BundlesPage(page, files);
}

test('a paragraph moved away: the coordinator takes the rest, the drafter takes the new invitation', async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(shots, { recursive: true });
  const dir = tempDir('treaty-desk-e2e-reassign-');
  const { coord, labour, f } = await setUp(dir);
  const hosts = await Promise.all([startHost(coord), startHost(labour)]);
  try {
    const coordPage = await (await browser.newContext()).newPage();
    const c = await openAt(coordPage, hosts[0], dir);
    await c.drop(f('labour-2.tdbundle'));
    await expect(c.outcome()).toHaveText(`Bundle #2 from ${LABOUR} imported.`);
    await expect(c.reportList('Updated')).toHaveText('13');
    await expect(c.reportList('Not taken')).toHaveText('5');
    await expect(c.report.getByTestId('not-taken')).toContainText(`Paragraph 5 is no longer assigned to ${LABOUR}; its new text was not taken.`);
    await expect(c.report.getByTestId('not-taken')).toContainText(`invite ${LABOUR} again with it`);
    await coordPage.screenshot({ path: `${shots}/reassign-1-coordinator-not-taken.png` });
    await c.closeReport();
    await coordPage.getByLabel('Interface language').selectOption('ru');
    const ru = await importInRussian(coordPage, f('labour-3.tdbundle'));
    await expect(ru.getByTestId('not-taken')).toContainText(`Пункт 5 больше не поручен учреждению «${LABOUR}»; его новый текст не принят.`);
    await expect(ru).toContainText('Не принято');
    await coordPage.screenshot({ path: `${shots}/reassign-2-coordinator-not-taken-ru.png` });

    const labourPage = await (await browser.newContext()).newPage();
    const l = await openAt(labourPage, hosts[1], dir);
    await l.drop(f('invite-2.tdbundle'));
    await expect(l.outcome()).toHaveText(`New invitation #2 from ${COORD} taken.`);
    await expect(l.report.getByTestId('assignment')).toHaveText(
      'Now assigned: 13 (was 5, 13). Your text for the paragraphs no longer assigned to you (5) stays in this workspace, but your bundles no longer send it.',
    );
    await labourPage.screenshot({ path: `${shots}/reassign-3-drafter-new-invitation.png` });
    await l.closeReport();
    await l.open();
    await expect(l.dialog).toContainText('Paragraphs assigned to you: 13');
    await expect(l.dialog).toContainText('A new invitation from your coordinator (for example with changed paragraphs) is imported like a bundle.');
    await labourPage.screenshot({ path: `${shots}/reassign-4-drafter-bundles-page.png` });
    await l.close();
    await labourPage.getByLabel('Interface language').selectOption('ru');
    const ruReport = await importInRussian(labourPage, f('invite-3.tdbundle'));
    await expect(ruReport.getByTestId('assignment')).toHaveText('Теперь вам поручены: 13, 14 (было: 13).');
    await labourPage.screenshot({ path: `${shots}/reassign-5-drafter-new-invitation-ru.png` });
  } finally {
    await Promise.all(hosts.map((h) => h.stop()));
  }
});
