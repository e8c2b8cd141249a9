/// <reference lib="dom" />
// Page object for the bundles and institutions page, the passphrase prompt, the import report and
// dropping a bundle onto the window.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

export class BundlesPage {
  readonly dialog: Locator;
  readonly report: Locator;
  /** The import report in whatever language the interface speaks. */
  readonly anyReport: Locator;

  constructor(readonly page: Page, readonly downloads: string) {
    this.dialog = page.getByRole('dialog', { name: 'Bundles and institutions' });
    this.report = page.getByRole('dialog', { name: 'Bundle import' });
    this.anyReport = page.locator('dialog.bundle-report');
  }

  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Bundles', exact: true }).click();
    await this.dialog.waitFor();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }

  /** Fills the passphrase prompt (both fields when a new passphrase is chosen) and continues. */
  async passphrase(pass: string): Promise<void> {
    const prompt = this.dialog.locator('form.bundle-prompt');
    await prompt.getByLabel('Passphrase', { exact: true }).fill(pass);
    const again = prompt.getByLabel('Repeat the passphrase');
    if (await again.count()) await again.fill(pass);
    await prompt.getByRole('button', { name: 'Continue' }).click();
  }

  /** Runs `action`, which must end in a download, and saves the file under the test's folder. */
  async download(action: () => Promise<void>): Promise<string> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), action()]);
    const path = join(this.downloads, file.suggestedFilename());
    await file.saveAs(path);
    return path;
  }

  /** Names our institution through the dialog's Rename… form. */
  async rename(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Rename…' }).click();
    const form = this.dialog.getByRole('form', { name: 'Name your institution' });
    await form.getByLabel('Name of your institution').fill(name);
    await form.getByRole('button', { name: 'Save name' }).click();
    await form.waitFor({ state: 'detached' });
  }

  async invite(institution: string, paragraphs: string, pass: string): Promise<string> {
    const form = this.dialog.getByRole('form', { name: 'Invite an institution' });
    await form.getByLabel('Institution name').fill(institution);
    await form.getByLabel('Paragraphs').fill(paragraphs);
    await form.getByRole('button', { name: 'Create invitation…' }).click();
    return this.download(() => this.passphrase(pass));
  }

  async join(invitation: string, pass: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.dialog.getByRole('button', { name: 'Join…' }).click()]);
    await chooser.setFiles(invitation);
    await this.passphrase(pass);
    await this.dialog.getByRole('status').filter({ hasText: 'Joined as' }).waitFor();
  }

  async ownFingerprint(): Promise<string> {
    return (await this.dialog.getByTestId('own-fingerprint').textContent()) ?? '';
  }

  async exportBundle(pass: string): Promise<string> {
    await this.dialog.getByRole('button', { name: 'Export bundle…' }).click();
    return this.download(() => this.passphrase(pass));
  }

  async importWithPicker(...files: string[]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.dialog.getByRole('button', { name: 'Import bundle…' }).click()]);
    await chooser.setFiles(files);
    await this.report.waitFor();
  }

  /** Drops the file onto the window, as a user dragging it from the file manager would. */
  async drop(file: string): Promise<void> {
    const data = readFileSync(file).toString('base64');
    const transfer = await this.page.evaluateHandle(
      ({ b64, name }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name));
        return dt;
      },
      { b64: data, name: basename(file) },
    );
    for (const type of ['dragenter', 'dragover', 'drop']) await this.page.dispatchEvent('main', type, { dataTransfer: transfer });
    await this.anyReport.waitFor();
  }

  outcome(): Locator {
    return this.anyReport.locator('[data-outcome]');
  }

  /** Opens the report's Details and gives the line in it: why a bundle was refused. */
  async details(): Promise<Locator> {
    const details = this.anyReport.locator('details.bundle-details');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    return details.locator('p');
  }

  /** The paragraphs of one row of the import report ("Updated", "Unchanged"…). */
  reportList(label: string): Locator {
    return this.report.locator(`[data-list="${label}"] dd`);
  }

  /** Closes a report that another one follows (files imported together): the next takes its place. */
  async nextReport(): Promise<void> {
    await this.report.getByRole('button', { name: 'Close' }).click();
  }

  async closeReport(): Promise<void> {
    await this.report.getByRole('button', { name: 'Close' }).click();
    // Gone from the page, not only from the accessibility tree (a closed <dialog> leaves that first).
    await this.page.locator('dialog.bundle-report').waitFor({ state: 'detached' });
  }

  /** From a refused report: confirm the key by typing the fingerprint read out, then import again. */
  async confirmKeyAndRetry(fingerprint: string): Promise<void> {
    await this.report.getByRole('button', { name: 'Confirm this key…' }).click();
    await this.report.getByLabel(/Fingerprint read by/).fill(fingerprint);
    await this.report.getByRole('button', { name: 'Trust this key' }).click();
    await this.report.getByRole('button', { name: 'Import it again' }).click();
  }

  row(institution: string): Locator {
    return this.dialog.locator(`tr[data-institution="${institution}"]`);
  }
}
