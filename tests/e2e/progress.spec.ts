// Long operations show what is happening and for how long; those that change nothing can be
// cancelled, and the dialog says so instead of waiting.
import { expect, test } from './fixtures';
import { DraftingPage } from './pages/drafting-page';
import { ExportDialog } from './pages/export-dialog';

test('a slow report export shows progress and can be cancelled', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  const dialog = new ExportDialog(page);
  await drafting.open(host.url);
  // Hold the export request for a while, as a large report on a slow laptop would take.
  let release: () => void = () => {};
  await page.route('**/api/report.export', async (route) => {
    await new Promise<void>((r) => (release = r));
    await route.continue().catch(() => {});
  });
  await dialog.open();
  await dialog.draftBox.check();
  await dialog.exportButton.click();
  const progress = page.locator('.progress-indicator');
  await expect(progress).toContainText(/Compiling the report… \(\d+ s\)/);
  await page.screenshot({ path: 'test-results/progress-in-dialog.png' });
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).not.toContainText('Compiling the report');
  await expect(page.getByText('Cancelled.').first()).toBeVisible();
  release();
});
