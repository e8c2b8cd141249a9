// The most common refusal of a restore, in the official's language: the workspace is still open in
// another program (here a command holding it), so the restore is refused in Russian and nothing changes.
import { join } from 'node:path';
import { localApi } from '../../main/core/api/local-client';
import { openSession } from '../../main/core/session/workspace-session';
import { startHost, tempDir } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { BackupsDialog } from './pages/backups-dialog';
import { DraftingPage } from './pages/drafting-page';

test('a restore refused while the workspace is open elsewhere says so in Russian and changes nothing', async ({ page }) => {
  const dbPath = join(tempDir(), 'ws.sqlite');
  const host = await startHost(dbPath);
  let other: ReturnType<typeof openSession> | null = null;
  try {
    const d = new DraftingPage(page);
    await d.open(`${host.url}#/p/6`);
    await d.type(6, 'Training was given to 300 officials.', 'a');
    await d.waitSaved();
    const english = new BackupsDialog(page);
    await english.open();
    await english.backUpNow();
    await english.close();

    await d.editor(6, 'a').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('A later text that a restore would undo.');
    await d.waitSaved();

    // A command holds the workspace open (as a second window or a CLI run would).
    other = openSession({ dbPath });
    const api = localApi(other.dispatch);
    const backupsBefore = await api['backup.list']({});
    await page.getByLabel('Interface language').selectOption('ru');
    await page.getByRole('button', { name: 'Резервные копии' }).click();
    const ru = page.getByRole('dialog', { name: 'Резервные копии' });
    await ru.getByRole('row').filter({ hasText: 'Ручная' }).getByRole('button', { name: /^Восстановить копию от/ }).click();
    await ru.getByRole('button', { name: 'Да, восстановить' }).click();
    await expect(ru.getByRole('status')).toHaveText(
      'Рабочая область открыта в другом окне или программе (в приложении, в режиме браузера или командой); закройте её там, затем повторите восстановление. Ничего не изменено.',
    );
    await page.screenshot({ path: 'test-results/restore-refused-ru.png' });
    await ru.getByRole('button', { name: 'Закрыть' }).click();

    // Nothing was replaced: the later text stands, in the window and in the file.
    await expect(page.getByRole('textbox', { name: 'Ответ на пункт 6 (a)', exact: true })).toHaveText('A later text that a restore would undo.');
    const saved = await api['question.get']({ ref: '6' });
    expect(saved.ok && JSON.stringify(saved.value.answers['6a']?.content)).toContain('A later text that a restore would undo.');
    // The copy of the file taken before the refused restore went with it: the backups are as they were.
    const backups = await api['backup.list']({});
    expect(backups).toEqual(backupsBefore);
    expect(backups.ok && backups.value.some((b) => b.reason === 'manual')).toBe(true);
  } finally {
    other?.close();
    await host.stop();
  }
});
