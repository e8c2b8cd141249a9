/// <reference lib="dom" />
// Page object for the import dialog: choose a file, read the preview, fix it, commit.
import type { Locator, Page } from '@playwright/test';

export class ImportDialog {
  readonly dialog: Locator;
  readonly tree: Locator;
  readonly plan: Locator;
  readonly status: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import a list of issues' });
    this.tree = this.dialog.getByRole('list', { name: 'Parsed list of issues' });
    this.plan = this.dialog.locator('.import-plan');
    this.status = this.dialog.locator('.import-done');
    this.error = this.dialog.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import list of issues…' }).click();
    await this.dialog.waitFor();
  }

  async choose(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.dialog.getByLabel('Choose a file').setInputFiles(file);
  }

  /** Paragraphs of the preview, by their accessible name "Paragraph N". */
  paragraphs(): Locator {
    return this.tree.getByRole('listitem', { name: /^Paragraph \d+$/ });
  }

  paragraph(n: number): Locator {
    return this.tree.getByRole('listitem', { name: `Paragraph ${n}`, exact: true });
  }

  doubtful(): Locator {
    return this.tree.locator('.import-para.doubtful');
  }

  /** Splits paragraph n before the sentence that starts with `start`. */
  async split(n: number, start: string): Promise<void> {
    const p = this.paragraph(n).first();
    await p.getByRole('button', { name: 'Split…' }).click();
    const select = p.getByLabel('Split before:');
    const value = await select.locator('option', { hasText: start }).first().getAttribute('value');
    await select.selectOption(value!);
    await p.getByRole('button', { name: 'Apply' }).click();
  }

  /** Renumbers the `nth` paragraph numbered n (and the ones after it) from `to`. */
  async renumber(n: number, nth: number, to: number): Promise<void> {
    const p = this.paragraph(n).nth(nth);
    await p.getByRole('button', { name: 'Renumber…' }).click();
    await p.getByLabel('Number this paragraph').fill(String(to));
    await p.getByRole('button', { name: 'Apply' }).click();
  }

  async commit(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Import this list|Re-import, keeping every answer)$/ }).click();
    await this.status.waitFor();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    // A closed <dialog> leaves the accessibility tree at once but the page only when React unmounts
    // it, a moment later; until then its hidden text still matches getByText.
    await this.page.locator('dialog.import-dialog').waitFor({ state: 'detached' });
  }
}
