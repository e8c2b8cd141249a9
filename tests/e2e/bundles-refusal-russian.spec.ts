// A refused bundle says why in the interface's language, not only the reason's headline: a file
// cut off in transit, a bundle signed for another reporting workspace and an invitation the
// coordinator imported by mistake, read in Russian, and the last read again in Kyrgyz once the
// language is switched while it is shown.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, tempDir } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { BundlesPage } from './pages/bundles-page';
import { DraftingPage } from './pages/drafting-page';

const shots = 'test-results/bundles';

test('a damaged or wrong bundle is refused with its details in Russian, then in Kyrgyz', async ({ page, host }) => {
  mkdirSync(shots, { recursive: true });
  const files = tempDir('treaty-desk-e2e-refusal-ru-');
  const drafting = new DraftingPage(page);
  const bundles = new BundlesPage(page, files);
  // Another ministry's workspace, started on its own: its invitation is signed for that workspace.
  const other = await startHost();
  let foreign: string;
  try {
    await drafting.open(other.url);
    await bundles.open();
    foreign = await bundles.invite('Ministry of Health', '7', 'other passphrase');
  } finally {
    await other.stop();
  }
  await drafting.open(host.url);
  await bundles.open();
  const invitation = await bundles.invite('Ministry of Labour', '5', 'coordinator passphrase');
  await bundles.close();
  await page.getByLabel('Interface language').selectOption('ru');

  const cut = join(files, 'answers.tdbundle');
  writeFileSync(cut, 'treaty-desk-bundle 1\nuntrusted comment: x\n');
  await bundles.drop(cut);
  await expect(bundles.outcome()).toHaveText('Пакет отклонён. В этой рабочей области ничего не изменилось.');
  await expect(await bundles.details()).toHaveText('Пакет неполный (оборвался при передаче?): блок подписи неполный.');
  await page.screenshot({ path: `${shots}/ru-refused-truncated.png` });
  await page.keyboard.press('Escape');
  await bundles.anyReport.waitFor({ state: 'detached' });

  await bundles.drop(foreign);
  await expect(await bundles.details()).toHaveText(
    /^Пакет относится к другой рабочей области доклада: он предназначен для рабочей области [0-9a-f-]{36}, а эта — [0-9a-f-]{36}\.$/,
  );
  await page.screenshot({ path: `${shots}/ru-refused-other-workspace.png` });
  await page.keyboard.press('Escape');
  await bundles.anyReport.waitFor({ state: 'detached' });

  await bundles.drop(invitation);
  const details = await bundles.details();
  await expect(details).toHaveText('Этот файл нельзя импортировать здесь: это приглашение; по нему присоединяется приглашённое учреждение (join), импортировать его не нужно.');
  await page.screenshot({ path: `${shots}/ru-refused-invitation.png` });
  // The rest of the window is inert behind the report: the language is set as the selector would set it.
  await page.getByLabel('Язык интерфейса').selectOption('ky', { force: true });
  await expect(bundles.outcome()).toHaveText('Пакет четке кагылды. Бул иш мейкиндигинде эч нерсе өзгөргөн жок.');
  await expect(details).toHaveText('Бул файлды бул жерге импорттоого болбойт: бул чакыруу; аны менен чакырылган мекеме кошулат (join), аны импорттоонун кереги жок.');
  await page.screenshot({ path: `${shots}/ky-refused-invitation.png` });
});
