/// <reference lib="dom" />
// Page object for data tables inside an answer: the insert and import controls of the answer's
// toolbar, and one table's fields, toolbar, grid, checks and chart.
import type { Locator, Page } from '@playwright/test';

export class TableEditor {
  readonly grid: Locator;
  readonly tools: Locator;
  readonly checks: Locator;
  readonly chart: Locator;

  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {
    this.grid = root.getByRole('grid');
    this.tools = root.getByRole('toolbar', { name: 'Table tools' });
    this.checks = root.locator('.dt-checks');
    this.chart = root.getByRole('img', { name: /chart of/ });
  }

  /** The n-th table (0-based) in the answer to a paragraph. */
  static in(page: Page, paragraph: number | string, n = 0): TableEditor {
    return new TableEditor(page, page.locator(`[data-answer="${paragraph}"] .dt-block`).nth(n));
  }

  /** "Insert table" in the answer's formatting toolbar, used from the keyboard. */
  static async insert(page: Page, paragraph: number | string): Promise<TableEditor> {
    await page.locator(`[data-answer="${paragraph}"]`).getByRole('button', { name: 'Insert a statistical table after the current paragraph' }).press('Enter');
    const table = TableEditor.in(page, paragraph, 0);
    await table.grid.waitFor();
    return table;
  }

  /** Chooses a file for "Import table…" (the hidden file input behind the button); `button`: its name in the interface language. */
  static async importFile(page: Page, paragraph: number | string, name: string, buffer: Buffer, button = 'Import table…'): Promise<void> {
    const answer = page.locator(`[data-answer="${paragraph}"]`);
    const chooser = page.waitForEvent('filechooser');
    await answer.getByRole('button', { name: button }).click();
    await (await chooser).setFiles({ name, mimeType: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', buffer });
  }

  /** A cell by grid row and column, header rows first (0-based). */
  cell(r: number, c: number): Locator {
    return this.grid.locator(`tr[aria-rowindex="${r + 1}"] > [aria-colindex="${c + 1}"]`);
  }

  tool(name: string): Locator {
    return this.tools.getByRole('button', { name, exact: true });
  }

  select(name: 'Row kind' | 'Column kind' | 'Chart'): Locator {
    return this.tools.getByRole('combobox', { name });
  }

  field(name: 'Table title' | 'Source' | 'Reference period' | 'Units' | 'Notes'): Locator {
    return this.root.getByRole('textbox', { name, exact: true });
  }

  /** Uses a toolbar button from the keyboard; the table gives the keyboard back to the grid. */
  async use(name: string): Promise<void> {
    await this.tool(name).press('Enter');
  }

  /** Types values cell after cell with Tab (a row's last Tab goes on to the next row); Enter after the last. */
  async typeCells(values: string[]): Promise<void> {
    for (const [i, v] of values.entries()) {
      if (v !== '') await this.page.keyboard.type(v);
      await this.page.keyboard.press(i === values.length - 1 ? 'Enter' : 'Tab');
    }
  }

  /** What the grid shows: each row's cells as drawn (a merged heading once), without the row numbers. */
  async texts(): Promise<string[][]> {
    return this.grid.evaluate((g) =>
      [...g.querySelectorAll('tr[aria-rowindex]')].map((tr) => [...tr.querySelectorAll('[aria-colindex]')].map((c) => (c.querySelector('.dt-text')?.textContent ?? '').trim())),
    );
  }

  /** True when the chart's canvas has drawn pixels. */
  async chartDrawn(): Promise<boolean> {
    return this.chart.evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 200 || data[i + 2] < 200)) coloured++;
      return coloured > 500;
    });
  }
}
