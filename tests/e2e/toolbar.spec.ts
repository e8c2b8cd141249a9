// The formatting toolbar shows what is in force at the caret as the caret moves through the text,
// not only after one of its buttons is used.
import { expect, test } from './fixtures';
import { DraftingPage } from './pages/drafting-page';

test('pressed buttons follow the caret through bold text and between blocks', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/3`);
  await d.type(3, 'Plain then ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('bold');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' plain.');
  const bold = d.tool('Bold', 3);
  await expect(bold).toHaveAttribute('aria-pressed', 'false');

  // Back into "bold" with the arrow keys, then to the start of the line.
  for (let i = 0; i < ' plain.'.length + 2; i++) await page.keyboard.press('ArrowLeft');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Home');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');

  // A quotation below; moving up to the first paragraph releases the button.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const quote = d.tool('Quotation', 3);
  await quote.click();
  await page.keyboard.type('Quoted.');
  await expect(quote).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(quote).toHaveAttribute('aria-pressed', 'false');
  await expect(d.editor(3).locator('strong')).toHaveText('bold');
});
