// The refusals around bundles keep their English (the CLI prints it) and carry their message's key
// and values, so the interface words them in Russian or Kyrgyz: paragraph lists and passphrases.
import { describe, expect, it } from 'vitest';
import { parseParagraphList } from '../../../../main/core/bundle/paragraphs';
import { createOwnKey, unlockSigner } from '../../../../main/core/identity/own-keys';
import { passphraseProtector } from '../../../../main/core/identity/protector';
import { messageText } from '../../../../shared/core-messages';
import { refusalOf } from '../../../helpers/refusal';
import { seededDb } from '../../../helpers/workspace';


describe('refusals of bundles and keys', () => {
  it('words a paragraph list it cannot read, in English and in Russian', () => {
    const db = seededDb();
    const count = (db.prepare("SELECT count(*) AS n FROM node WHERE kind = 'paragraph'").get() as { n: number }).n;
    const cases: Array<[string, string, string]> = [
      [' , ', 'Name the paragraphs, e.g. "5,13-17".', 'Укажите пункты, например «5,13-17».'],
      ['5a', '"5a" is not a paragraph number or range such as 13-17.', '«5a» — не номер пункта и не диапазон вида 13-17.'],
      ['17-13', 'The range "17-13" runs backwards.', 'В диапазоне «17-13» начало больше конца.'],
      ['5, 900', `There is no paragraph 900 in this list of issues (it has ${count}).`, `В этом перечне вопросов нет пункта 900 (в нём ${count} пункт`],
    ];
    for (const [spec, en, ru] of cases) {
      const e = refusalOf(() => parseParagraphList(db, spec));
      expect(e.message).toBe(en);
      expect(messageText(e.i18n!, 'ru')).toContain(ru);
    }
    expect(refusalOf(() => parseParagraphList(db, '900')).code).toBe('not_found');
  });

  it('words a wrong or short passphrase, keeping the code the doors report', () => {
    const db = seededDb();
    const short = refusalOf(() => createOwnKey(db, passphraseProtector('short'), new Date()));
    expect(short.message).toBe('Choose a passphrase of at least 8 characters.');
    expect(messageText(short.i18n!, 'ru')).toBe('Выберите пароль длиной не менее 8 символов.');
    createOwnKey(db, passphraseProtector('correct horse battery'), new Date());
    const wrong = refusalOf(() => unlockSigner(db, passphraseProtector('wrong horse battery')));
    expect(wrong).toMatchObject({ message: 'Wrong passphrase: the signing key could not be unlocked.', code: 'rejected', i18n: { key: 'bundles.wrongPassphrase', params: {} } });
    expect(messageText(wrong.i18n!, 'ru')).toBe('Неверный пароль: не удалось разблокировать ключ подписи.');
    expect(messageText(wrong.i18n!, 'ky')).toBe('Сырсөз туура эмес: кол коюу ачкычы ачылган жок.');
  });
});
