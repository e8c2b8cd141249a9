// Backups in the UI: take one, restore it; and a damaged workspace opening on the recovery screen,
// restored from its backup without losing the saved text.
import { closeSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { localApi } from '../../main/core/api/local-client';
import { openSession } from '../../main/core/session/workspace-session';
import { repoRoot, startHost, tempDir } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { BackupsDialog } from './pages/backups-dialog';
import { DraftingPage } from './pages/drafting-page';

test('back up, change, restore: the text of the backup comes back', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/6`);
  await d.type(6, 'Training was given to 300 officials.', 'a');
  await d.waitSaved();
  const backups = new BackupsDialog(page);
  const dialog = backups.dialog;
  await backups.open();
  await backups.backUpNow();
  await backups.close();

  await d.editor(6, 'a').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('A later text that the restore must undo.');
  await d.waitSaved();

  await backups.open();
  const manual = dialog.getByRole('row').filter({ hasText: 'Manual' });
  await manual.getByRole('button', { name: /^Restore the backup of/ }).click();
  await dialog.getByRole('button', { name: 'Yes, restore' }).click();
  await expect(d.editor(6, 'a')).toHaveText('Training was given to 300 officials.');
  await backups.open();
  await expect(dialog.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
});

test('a failed background backup shows on the Backups button until a backup succeeds', async ({ page }) => {
  const dbPath = join(tempDir(), 'ws.sqlite');
  // The backups folder cannot be made: a file stands where it should be, so the daily backup fails.
  writeFileSync(`${dbPath}.backups`, 'not a folder');
  const host = await startHost(dbPath);
  try {
    const d = new DraftingPage(page);
    await d.open(host.url);
    const backups = new BackupsDialog(page);
    const { button, dialog } = backups;
    await backups.open();
    await expect(dialog.getByRole('alert')).toHaveText(/^The last backup failed \(.+\): a file stands where the backups folder should be \(.+ws\.sqlite\.backups\)\. Free some disk space or check that the backups folder can be written to, then back up now\.$/);
    await expect(button).toHaveAccessibleDescription('The last backup failed');
    await page.screenshot({ path: 'test-results/backup-failed.png' });
    rmSync(`${dbPath}.backups`);
    await backups.backUpNow();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(button).not.toHaveAccessibleDescription('The last backup failed');
  } finally {
    await host.stop();
  }
});

test('a damaged workspace opens on the recovery screen and is restored from its backup', async ({ page }) => {
  const dbPath = join(tempDir(), 'ws.sqlite');
  const s = openSession({ dbPath, seedPath: join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt') });
  const api = localApi(s.dispatch);
  await api['answer.save']({ ref: '11', content: [{ type: 'paragraph', children: [{ text: 'Cases of exploitation were investigated.' }] }] });
  await api['backup.create']({});
  s.close();
  const fd = openSync(dbPath, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 2);
  closeSync(fd);

  const host = await startHost(dbPath);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'The workspace file is damaged' })).toBeVisible();
    await page.getByRole('button', { name: /^Restore the backup of/ }).click();
    await page.getByRole('button', { name: 'Yes, restore' }).click();
    const d = new DraftingPage(page);
    await d.outline.waitFor();
    await d.selectParagraph(11);
    await expect(d.editor(11)).toHaveText('Cases of exploitation were investigated.');
  } finally {
    await host.stop();
  }
});
