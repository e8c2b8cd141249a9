// The walking skeleton end to end: a fresh workspace shows the seed list of issues, answers typed
// for a paragraph and a sub-item survive a reload, and the word counts agree.
import { expect, test } from './fixtures';
import { DraftingPage } from './pages/drafting-page';

test('fresh workspace shows the seed outline and keeps typed answers across reload', async ({ page, host }) => {
  const drafting = new DraftingPage(page);
  await drafting.open(host.url);
  await expect(drafting.numberedParagraphs()).toHaveCount(35);
  await expect(page.getByRole('banner')).toContainText('CMW/C/KGZ/QPR/2');

  await drafting.selectParagraph(5);
  await expect(page.getByText(/statistics on labour migration flows/)).toBeVisible();
  await drafting.type(5, 'Labour migration flows are recorded by the State Migration Service.');
  await expect(drafting.wordCount(5)).toHaveText('10 words');

  await drafting.selectParagraph(1);
  await drafting.type(1, 'Законом о внешней миграции 2006 года.', 'a');
  await expect(drafting.wordCount(1, 'a')).toHaveText('6 words');
  await drafting.waitSaved();
  await expect(drafting.reportWords).toHaveText('Report: 16 / 21,200 words');

  await page.reload();
  await drafting.outline.waitFor();
  await expect(drafting.editor(1, 'a')).toHaveText('Законом о внешней миграции 2006 года.');
  await drafting.selectParagraph(5);
  await expect(drafting.editor(5)).toHaveText('Labour migration flows are recorded by the State Migration Service.');
  await expect(drafting.reportWords).toHaveText('Report: 16 / 21,200 words');
  await page.screenshot({ path: 'test-results/skeleton-paragraph-5.png' });
});
