// Page object for the Backups dialog (English interface): opening it, backing up now, closing it.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class BackupsDialog {
  readonly button: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Backups' });
    this.dialog = page.getByRole('dialog', { name: 'Backups' });
  }

  async open(): Promise<void> {
    await this.button.click();
    await this.dialog.waitFor();
  }

  /** "Back up now", and waits for the copy to be made. */
  async backUpNow(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.dialog.getByRole('status')).toContainText('Backed up as');
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
