// A note under an answer (a checkpoint saved, an approval reopened, a paste refused, a refusal from
// the core) is worded when it is shown, so switching the interface language while it is on screen
// rewords it instead of leaving it in the language it appeared in.
import { expect, test } from './fixtures';
import { DraftingPage } from './pages/drafting-page';

test('a note under an answer follows a change of the interface language', async ({ page, host }) => {
  const d = new DraftingPage(page);
  await d.open(`${host.url}#/p/5`);
  await d.type(5, 'Flows are recorded monthly.');
  await d.waitSaved();
  await page.keyboard.press('Control+s');
  const note = d.answer(5).locator('.answer-notice');
  await expect(note).toHaveText('Checkpoint saved: this text stays as its own revision.');

  await page.getByLabel('Interface language').selectOption('ru');
  await expect(note).toHaveText('Контрольная точка сохранена: этот текст останется отдельной версией.');
  await page.screenshot({ path: 'test-results/editor-notice-ru.png' });

  await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('ky');
  await expect(note).toHaveText('Текшерүү чекити сакталды: бул текст өзүнчө версия болуп калат.');
});
