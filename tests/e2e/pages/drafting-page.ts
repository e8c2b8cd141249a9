/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Page object for the drafting screen: the outline, the paragraph view and its answer editors.
import type { Locator, Page } from '@playwright/test';

export class DraftingPage {
  readonly outline: Locator;
  readonly reportWords: Locator;

  constructor(readonly page: Page) {
    this.outline = page.getByRole('tree', { name: 'List of issues' });
    this.reportWords = page.getByLabel('Report word count');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.outline.waitFor();
  }

  /** Numbered paragraphs in the outline: treeitems whose name starts "N. ". */
  numberedParagraphs(): Locator {
    return this.outline.getByRole('treeitem', { name: /^\d+\. / });
  }

  async selectParagraph(n: number): Promise<void> {
    await this.outline.getByRole('treeitem', { name: new RegExp(`^${n}\\. `) }).click();
    await this.page.getByRole('heading', { name: `Paragraph ${n}` }).waitFor();
  }

  editor(paragraph: number, subitem?: string): Locator {
    const name = subitem ? `Answer to paragraph ${paragraph} (${subitem})` : `Answer to paragraph ${paragraph}`;
    return this.page.getByRole('textbox', { name, exact: true });
  }

  wordCount(paragraph: number, subitem?: string): Locator {
    const name = subitem ? `Answer to paragraph ${paragraph} (${subitem})` : `Answer to paragraph ${paragraph}`;
    return this.page.getByLabel(`${name}: word count`);
  }

  async type(paragraph: number, text: string, subitem?: string): Promise<void> {
    const box = this.editor(paragraph, subitem);
    await box.click();
    await this.page.keyboard.type(text);
  }

  answer(paragraph: number, subitem?: string): Locator {
    return this.page.locator(`[data-answer="${paragraph}${subitem ?? ''}"]`);
  }

  /** The formatting toolbar of an answer (not the toolbars of the tables inside it). */
  toolbar(paragraph: number, subitem?: string): Locator {
    return this.answer(paragraph, subitem).getByRole('toolbar').first();
  }

  /** A toolbar button of the first (paragraph-level) answer editor on screen. */
  tool(name: string, paragraph: number, subitem?: string): Locator {
    return this.toolbar(paragraph, subitem).getByRole('button', { name, exact: true });
  }

  /** The accessible name of the focused element: its aria-label, else its text. */
  focusedName(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    });
  }

  /** Pastes clipboard data into an editor as the browser would after Ctrl+V. */
  async paste(paragraph: number, data: Record<string, string>, subitem?: string): Promise<void> {
    await this.editor(paragraph, subitem).click();
    await this.editor(paragraph, subitem).evaluate((el, items) => {
      const dt = new DataTransfer();
      for (const [type, value] of Object.entries(items)) dt.setData(type, value);
      // A real paste: the paste event, then (unless it was handled) beforeinput insertFromPaste.
      const handled = !el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      if (!handled) el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: dt, bubbles: true, cancelable: true }));
    }, data);
  }

  /** The "Comments (N)" link under an answer, which opens and closes its comments panel. */
  commentsLink(paragraph: number, subitem?: string): Locator {
    return this.answer(paragraph, subitem).getByRole('button', { name: /^Comments \(\d+\)$/ });
  }

  /** Two revisions to compare: `first` typed and kept as a checkpoint (Ctrl+S), then replaced by `second`. */
  async writeTwoRevisions(paragraph: number, first: string, second: string): Promise<void> {
    await this.type(paragraph, first);
    await this.waitSaved();
    await this.page.keyboard.press('Control+s');
    await this.answer(paragraph).getByRole('status').filter({ hasText: 'Checkpoint saved' }).waitFor();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(second);
    await this.waitSaved();
  }

  status(paragraph: number, subitem?: string): Locator {
    return this.answer(paragraph, subitem).getByRole('combobox', { name: /^Status of/ });
  }

  /** Waits until no editor on screen has unsaved or in-flight text. */
  async waitSaved(): Promise<void> {
    await this.page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.save-state')].every((e) => e.dataset.state === 'saved' || e.dataset.state === 'idle'),
    );
  }
}
