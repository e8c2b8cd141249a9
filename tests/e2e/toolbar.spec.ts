// The formatting toolbar shows what is in force at the caret as the caret moves through the text,
// not only after one of its buttons is used; from the keyboard it is one Tab stop, its buttons
// reached with the arrow keys.
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

test('each toolbar is one Tab stop: Tab goes from answer to answer in a few presses, the arrow keys move along the toolbar', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/1`);
  const toolbar = d.toolbar(1, 'a');
  const buttons = await toolbar.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim()));
  expect(buttons).toHaveLength(12);
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);

  // From the answer to paragraph 1 to the answer to (a): its status, History, Comments, the toolbar.
  await d.editor(1).click();
  const stops: string[] = [];
  for (let i = 0; i < 8 && !(await d.editor(1, 'a').evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    stops.push(await d.focusedName());
  }
  expect(stops).toEqual(['Status of Answer to paragraph 1', 'History', 'Comments (0)', 'Bold', 'Answer to paragraph 1 (a)']);

  // Back into the toolbar: the arrow keys, Home and End reach every button, in order, and wrap.
  await d.type(1, 'Plain ', 'a');
  await page.keyboard.press('Shift+Tab');
  await expect(d.tool('Bold', 1, 'a')).toBeFocused();
  const walked = [await d.focusedName()];
  for (let i = 1; i < buttons.length; i++) {
    await page.keyboard.press('ArrowRight');
    walked.push(await d.focusedName());
  }
  expect(walked).toEqual(buttons);
  await page.keyboard.press('ArrowRight');
  await expect(d.tool('Bold', 1, 'a')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  expect(await d.focusedName()).toBe(buttons[buttons.length - 1]);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(d.tool('Italic', 1, 'a')).toBeFocused();

  // A button used from the keyboard says it is pressed; the toolbar remembers it as its Tab stop.
  await page.keyboard.press('Space');
  await expect(d.tool('Italic', 1, 'a')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(d.editor(1, 'a')).toBeFocused();
  await page.keyboard.type('slanted');
  await expect(d.editor(1, 'a')).toHaveText('Plain slanted');
  await expect(d.editor(1, 'a').locator('em')).toHaveText('slanted');
  await page.keyboard.press('Shift+Tab');
  await expect(d.tool('Italic', 1, 'a')).toBeFocused();
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('End');
  await toolbar.screenshot({ path: 'test-results/toolbar-keyboard.png' });
});
