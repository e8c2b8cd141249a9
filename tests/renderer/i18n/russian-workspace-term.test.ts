// The Russian interface calls the workspace "рабочая область" and nothing else: a second term
// ("рабочее пространство") made officials think the app meant two different things.
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../renderer/src/i18n/catalogs';
import { messageKeys, messageText } from '../../../shared/core-messages';

/** Every Russian string of the screens' catalogs, named by namespace and key. */
function screenTexts(): Array<[string, string]> {
  return (Object.entries(catalogs) as Array<[string, { ru: Record<string, string> }]>).flatMap(([ns, catalog]) =>
    Object.entries(catalog.ru).map(([key, text]): [string, string] => [`${ns}.${key}`, text]),
  );
}

/** Every Russian message of the core, its values filled with numbers (as the catalog test does). */
function coreTexts(): Array<[string, string]> {
  const params = new Proxy({} as Record<string, number>, { get: (_, name) => (typeof name === 'string' ? 7001 : undefined) });
  return messageKeys().map((key): [string, string] => [key, messageText({ key, params }, 'ru') ?? '']);
}

describe.each([
  ['the screens’ catalogs', screenTexts],
  ['the core messages', coreTexts],
])('the Russian of %s', (_name, texts) => {
  it('names the workspace "рабочая область", never "пространство"', () => {
    const all = texts();
    // The walk reaches the strings that name the workspace, so an empty walk cannot pass.
    expect(all.filter(([, text]) => /рабоч\p{L}* област/iu.test(text)).length).toBeGreaterThanOrEqual(10);
    expect(all.filter(([, text]) => /пространств/iu.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
