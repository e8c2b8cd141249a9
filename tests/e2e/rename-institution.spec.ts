// A coordinator's first start: the workspace the app made is for "Lead ministry". The coordinator
// names the ministry in the bundles dialog (the header follows at once), the invitation carries the
// name to the institution that joins, and from then on the dialog no longer offers a rename.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, tempDir } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { BundlesPage } from './pages/bundles-page';
import { DraftingPage } from './pages/drafting-page';

const MOL = 'Министерство труда, социального обеспечения и миграции';
const shots = 'test-results/rename';

test('the coordinator names its ministry before inviting; the invitation carries the name', async ({ page, host, browser }) => {
  test.setTimeout(120_000);
  mkdirSync(shots, { recursive: true });
  const files = tempDir('treaty-desk-e2e-rename-');
  const drafting = new DraftingPage(page);
  await drafting.open(host.url);
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Lead ministry');

  const bundles = new BundlesPage(page, files);
  await bundles.open();
  await expect(bundles.dialog).toContainText('Invitations carry this name: it can be changed until the first one is sent');
  // An empty name cannot be saved; Cancel keeps the old one.
  await bundles.dialog.getByRole('button', { name: 'Rename…' }).click();
  const form = bundles.dialog.getByRole('form', { name: 'Name your institution' });
  await form.getByLabel('Name of your institution').fill('   ');
  await expect(form.getByRole('button', { name: 'Save name' })).toBeDisabled();
  await page.screenshot({ path: `${shots}/1-rename-form.png` });
  expect((await new AxeBuilder({ page }).include('dialog[open]').analyze()).violations).toEqual([]);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(banner).toContainText('Lead ministry');
  // Escape in the form closes the form, not the dialog, and focus is back on "Rename…".
  const renameButton = bundles.dialog.getByRole('button', { name: 'Rename…' });
  await expect(renameButton).toBeFocused();
  await renameButton.click();
  await form.getByLabel('Name of your institution').press('Escape');
  await expect(form).toHaveCount(0);
  await expect(bundles.dialog).toBeVisible();
  await expect(renameButton).toBeFocused();

  await bundles.rename(`  ${MOL.replace(', ', ',    ')} `);
  await expect(bundles.dialog.getByRole('status')).toHaveText(`Your institution is now named ${MOL}.`);
  await expect(banner).toContainText(MOL);
  await expect(bundles.dialog.locator('.bundle-self strong')).toHaveText(MOL);
  await expect(bundles.dialog.getByRole('button', { name: 'Rename…' })).toBeFocused();
  await page.screenshot({ path: `${shots}/2-renamed.png` });

  const invitation = await bundles.invite('Ministry of Internal Affairs', '7', 'coordinator passphrase');
  await expect(bundles.dialog.getByRole('button', { name: 'Rename…' })).toHaveCount(0);
  await expect(bundles.dialog).not.toContainText('Invitations carry this name');
  await bundles.close();

  // The institution that joins knows the coordinator by the new name.
  const interiorHost = await startHost(join(files, 'interior.sqlite'));
  try {
    const other = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await new DraftingPage(other).open(interiorHost.url);
    const interior = new BundlesPage(other, files);
    await interior.open();
    await interior.join(invitation, 'interior passphrase');
    await expect(interior.dialog.getByRole('status')).toContainText(`Read your key fingerprint to ${MOL}:`);
    await expect(interior.dialog.getByRole('button', { name: 'Rename…' })).toHaveCount(0);
  } finally {
    await interiorHost.stop();
  }

  await page.reload();
  await expect(banner).toContainText(MOL);
});
