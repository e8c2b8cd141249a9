// Page object for the conflict queue dialog and the merge notices beside an answer.
import type { Locator, Page } from '@playwright/test';

export class ConflictQueue {
  readonly dialog: Locator;
  readonly headerButton: Locator;
  readonly list: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Merge conflicts' });
    this.headerButton = page.getByRole('button', { name: /^Conflicts/ });
    this.list = this.dialog.getByRole('list', { name: 'Open conflicts' });
    this.status = this.dialog.getByRole('status');
  }

  async open(): Promise<void> {
    await this.headerButton.click();
    await this.dialog.waitFor();
  }

  /** A version by its name: "Mine", "Theirs", or the institution that wrote it. */
  side(name: string): Locator {
    return this.dialog.getByRole('region', { name, exact: true });
  }

  /** The highlighted words of a side. */
  marks(name: string): Locator {
    return this.side(name).locator('mark');
  }

  action(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }

  /** The authorship panel beside an answer ("Who wrote this?"): its blocks, table cells and writers' summaries. */
  authorship(): Locator {
    return this.page.getByRole('region', { name: 'Who wrote each part of this answer' });
  }

  /** One line of the authorship panel: a block, a cell from an institution, or a writer's cell count. */
  authorshipItem(text: string | RegExp): Locator {
    return this.authorship().locator('li[data-item]').filter({ hasText: text });
  }

  /** The outline's conflict marker on a numbered paragraph. */
  marker(paragraph: number): Locator {
    return this.page.getByRole('tree', { name: 'List of issues' }).locator(`[data-ref="${paragraph}"] .tree-conflicts`).first();
  }
}
