// Why a bundle was refused, read the way an official reads it: the reason's line and the detail
// in one sentence, with fingerprints, dates and names as they are, numbers and plurals as each
// language writes them, and an answer's own refusal inside the bundle's.
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../shared/core-messages';

const refused = (reason: string, detail: string, values: Record<string, string | number> = {}) => ({ key: 'bundleRefusal.refused', params: { ...values, reason, detail } });
const say = (ref: ReturnType<typeof refused>) => ({ en: messageText(ref, 'en'), ru: messageText(ref, 'ru'), ky: messageText(ref, 'ky') });

describe('a refused bundle in each language', () => {
  it('a revoked key, with its fingerprint and the date', () => {
    const fp = '35583 48091 14751 03358 90938';
    expect(say(refused('revoked_key', 'keyRevokedOn', { fingerprint: fp, date: '2026-03-01' }))).toEqual({
      en: `The bundle is signed by a revoked key: key ${fp} was revoked on 2026-03-01.`,
      ru: `Пакет подписан отозванным ключом: ключ ${fp} отозван 2026-03-01.`,
      ky: `Пакетке кайтарылып алынган ачкыч менен кол коюлган: ${fp} ачкычы 2026-03-01 кайтарылып алынган.`,
    });
  });

  it('counts with the Russian plural', () => {
    const deep = (depth: number) => messageText(refused('malformed', 'nestedTooDeep', { depth }), 'ru');
    expect(deep(32)).toBe('Пакет имеет неверный формат: содержимое пакета вложено глубже 32 уровней.');
    expect(deep(1)).toBe('Пакет имеет неверный формат: содержимое пакета вложено глубже 1 уровня.');
    expect(messageText(refused('malformed', 'chunkLineMissing', { index: 0, lines: 3 }), 'ru')).toBe(
      'Пакет имеет неверный формат: revisions.0.blocks ссылается на строку фрагмента, которой в содержимом нет (всего в нём 3 строки).',
    );
    expect(messageText(refused('oversized', 'fileTooLarge', { mb: 21, max: 16 }), 'en')).toBe('The bundle is too large: 21.0 MB; the limit is 16 MB.');
    expect(messageText(refused('oversized', 'fileTooLarge', { mb: 21, max: 16 }), 'ru')).toBe('Пакет слишком велик: 21,0 МБ при пределе 16 МБ.');
  });

  it('an answer refused inside the bundle, the bundle refused for it', () => {
    const ref = refused('invalid_content', 'answerRefused', { ref: '5zz', why: 'noParagraph', paragraph: '5zz' });
    expect(say(ref)).toEqual({
      en: 'The bundle\'s contents are invalid: answer 5zz: there is no paragraph "5zz" in this list of issues.',
      ru: 'Содержимое пакета недопустимо: ответ 5zz: в этом перечне вопросов нет пункта «5zz».',
      ky: 'Пакеттин мазмуну жараксыз: 5zz жообу: бул маселелердин тизмесинде «5zz» пункту жок.',
    });
  });

  it('keeps words that are not the catalogue\'s as they are, and a reason this build does not know', () => {
    const zod = { key: 'bundleRefusal.refusedSaying', params: { reason: 'malformed', said: 'revisions.0.author Invalid input' } };
    expect(messageText(zod, 'ru')).toBe('Пакет имеет неверный формат: revisions.0.author Invalid input.');
    expect(messageText(refused('from_the_future', 'noPayload'), 'ky')).toBe('Пакет четке кагылды (from_the_future): кол тамгадан кийин мазмун жок.');
  });
});
