// The refusal officials meet most around bundles, a mistyped passphrase when inviting or exporting,
// read in Russian; and it changes nothing: no institution is added, no bundle number is used up.
import { mkdirSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import type { RunningHost } from '../helpers/host-process';
import { tempDir } from '../helpers/host-process';
import { expect, test } from './fixtures';
import { BundlesPage } from './pages/bundles-page';
import { DraftingPage } from './pages/drafting-page';

const shots = 'test-results/bundles';
const PASS = 'coordinator passphrase';
const WRONG = 'coordinator passfrase';

/** What the core holds about institutions and our key, as the bundles page reads it. */
async function held(request: APIRequestContext, host: RunningHost): Promise<string> {
  const call = async (method: string) =>
    (await (await request.post(`${host.origin}/api/${method}`, { headers: { 'x-treaty-desk-token': host.token }, data: {} })).json()).value;
  return JSON.stringify([await call('identity.get'), await call('institution.list')]);
}

test('a wrong passphrase is refused in Russian when inviting and exporting, and changes nothing', async ({ page, host, request }) => {
  mkdirSync(shots, { recursive: true });
  const drafting = new DraftingPage(page);
  const bundles = new BundlesPage(page, tempDir('treaty-desk-e2e-bundles-ru-'));
  await drafting.open(host.url);
  // The first invitation makes the signing key with its passphrase.
  await bundles.open();
  await bundles.invite('Ministry of Labour', '5', PASS);
  await bundles.close();
  const before = await held(request, host);

  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await page.getByRole('banner').getByRole('button', { name: 'Пакеты', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Пакеты и учреждения' });
  const prompt = dialog.locator('form.bundle-prompt');
  const refusal = prompt.getByRole('alert');
  const submit = async (pass: string) => {
    await prompt.getByLabel('Пароль', { exact: true }).fill(pass);
    await prompt.getByRole('button', { name: 'Продолжить' }).click();
  };

  const invite = dialog.getByRole('form', { name: 'Пригласить учреждение' });
  await invite.getByLabel('Название учреждения').fill('Министерство юстиции');
  // A mistyped paragraph list is told before the passphrase is asked for.
  await invite.getByLabel('Пункты').fill('7, 999');
  await invite.getByRole('button', { name: 'Создать приглашение…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('999');
  await expect(prompt).toHaveCount(0);
  await page.screenshot({ path: `${shots}/ru-bad-paragraphs.png` });
  await invite.getByLabel('Пункты').fill('7');
  await invite.getByRole('button', { name: 'Создать приглашение…' }).click();
  await submit(WRONG);
  await expect(refusal).toHaveText('Неверный пароль: не удалось разблокировать ключ подписи.');
  await expect(dialog.locator('tr[data-institution="Министерство юстиции"]')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/ru-wrong-passphrase-invite.png` });
  await prompt.getByRole('button', { name: 'Отмена' }).click();

  await dialog.getByRole('button', { name: 'Экспортировать пакет…' }).click();
  await submit(WRONG);
  await expect(refusal).toHaveText('Неверный пароль: не удалось разблокировать ключ подписи.');
  await page.screenshot({ path: `${shots}/ru-wrong-passphrase-export.png` });
  expect(await held(request, host)).toBe(before);

  // The right passphrase then signs bundle #2: the refused attempts used up no number.
  await bundles.download(() => submit(PASS));
  await expect(dialog.getByRole('status')).toContainText('Пакет № 2 сохранён');
});
