/// <reference lib="dom" />
// Page object for the Export dialog: the check list, the title page, the export options and the download.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

export class ExportDialog {
  readonly dialog: Locator;
  readonly openButton: Locator;
  readonly summary: Locator;
  readonly exportButton: Locator;
  readonly draftBox: Locator;
  readonly title: Locator;
  readonly dueYear: Locator;
  readonly submittedYear: Locator;
  /** The report's language, which the suggested title follows. */
  readonly language: Locator;
  readonly annex: Locator;
  readonly saveTitlePage: Locator;
  readonly error: Locator;
  readonly message: Locator;
  /** The warning shown before a draft or review copy is exported with merge conflicts open. */
  readonly conflictWarning: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Compile report…' });
    this.dialog = page.getByRole('dialog', { name: 'Compile the State party report' });
    this.summary = this.dialog.locator('.check-summary');
    this.exportButton = this.dialog.getByRole('button', { name: 'Export', exact: true });
    this.draftBox = this.dialog.getByRole('checkbox', { name: /Export anyway as a draft/ });
    this.title = this.dialog.getByLabel('Title of the report');
    this.dueYear = this.dialog.getByLabel('Due in (year)');
    this.submittedYear = this.dialog.getByLabel('Submitted in (year)');
    this.language = this.dialog.getByLabel('Language of the report');
    this.annex = this.dialog.getByRole('checkbox', { name: /statistical annex/ });
    this.saveTitlePage = this.dialog.getByRole('button', { name: 'Save title page' });
    this.error = this.dialog.getByRole('alert');
    this.message = this.dialog.locator('.export-message');
    this.conflictWarning = this.dialog.locator('.export-warning');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.summary.waitFor();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    // Gone from the page, not only from the accessibility tree (a closed <dialog> leaves that first).
    await this.page.locator('dialog.export-dialog').waitFor({ state: 'detached' });
  }

  group(name: RegExp): Locator {
    return this.dialog.getByRole('region', { name });
  }

  async choose(layout: 'The State party report' | 'The list of issues with the replies, for internal review', format: 'Word document (.docx)' | 'Web page (.html), printable' | 'Data (.json), canonical'): Promise<void> {
    await this.dialog.getByRole('radio', { name: layout }).check();
    await this.dialog.getByRole('radio', { name: format }).check();
  }

  /** Clicks Export and returns the downloaded file's name and bytes. */
  async export(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }
}
