import { describe, expect, it } from 'vitest';
import { committeeName, defaultSettings, defaultTitle, isSuggestedTitle } from '../../../shared/export/title';

const kgz = { committee: 'CMW', stateParty: 'Kyrgyzstan', title: 'List of issues prior to submission of the second periodic report of Kyrgyzstan', language: 'en' };
// As the importer reads tests/fixtures/loi/cmw-tjk-ru.txt: the State in the genitive, as the title has it.
const tjk = {
  committee: 'CMW',
  stateParty: 'Таджикистана',
  title: 'Перечень вопросов, подлежащих рассмотрению до представления третьего периодического доклада Таджикистана',
  language: 'ru',
};
const ru = (committee: string, title: string) => ({ committee, stateParty: null, title, language: 'ru' });
const en = (committee: string | null, stateParty: string | null, title: string) => ({ committee, stateParty, title, language: 'en' });

describe('title-page defaults', () => {
  it('turn the list of issues title into the report title a secretariat expects', () => {
    expect(defaultTitle(kgz)).toBe('Second periodic report submitted by Kyrgyzstan under article 73 of the Convention');
    expect(defaultSettings(kgz)).toEqual({ title: defaultTitle(kgz), dueYear: null, submittedYear: null, language: 'en', statisticalAnnex: false });
  });

  it('name the Covenant for the Human Rights Committee and both articles for CESCR', () => {
    expect(defaultTitle(en('CCPR', 'Chile', 'List of issues prior to submission of the seventh periodic report of Chile'))).toBe(
      'Seventh periodic report submitted by Chile under article 40 of the Covenant',
    );
    expect(defaultTitle(en('CESCR', 'Peru', 'List of issues prior to submission of the fifth periodic report of Peru'))).toBe(
      'Fifth periodic report submitted by Peru under articles 16 and 17 of the Covenant',
    );
  });

  it('read the report from English titles worded otherwise, initial and combined reports included', () => {
    expect(defaultTitle(en('CEDAW', 'Mongolia', 'List of issues and questions prior to the submission of the tenth periodic report of Mongolia'))).toBe(
      'Tenth periodic report submitted by Mongolia under article 18 of the Convention',
    );
    expect(defaultTitle(en('CRPD', 'Chile', 'List of issues in relation to the initial report of Chile'))).toBe('Initial report submitted by Chile under article 35 of the Convention');
    expect(defaultTitle(en('CRC', 'Peru', 'List of issues in relation to the combined fifth and sixth periodic reports of Peru'))).toBe(
      'Combined fifth and sixth periodic reports submitted by Peru under article 44 of the Convention',
    );
  });

  it('build a Russian title from a Russian list, in the UN style, keeping the State in the genitive', () => {
    expect(defaultTitle(tjk)).toBe('Третий периодический доклад Таджикистана, представленный в соответствии со статьей 73 Конвенции');
    expect(defaultSettings(tjk).language).toBe('ru');
    expect(defaultTitle(ru('CRPD', 'Перечень вопросов в связи с первоначальным докладом Кыргызстана'))).toBe(
      'Первоначальный доклад Кыргызстана, представленный в соответствии со статьей 35 Конвенции',
    );
    expect(defaultTitle(ru('CCPR', 'Перечень вопросов, предваряющий представление четвертого периодического доклада Казахстана'))).toBe(
      'Четвертый периодический доклад Казахстана, представленный в соответствии со статьей 40 Пакта',
    );
    expect(defaultTitle(ru('CESCR', 'Перечень вопросов в связи с объединенными вторым и третьим периодическими докладами Узбекистана'))).toBe(
      'Сводный второй и третий периодический доклад Узбекистана, представленный в соответствии со статьями 16 и 17 Пакта',
    );
    expect(defaultTitle(ru('CAT', 'Перечень вопросов до представления десятого периодического доклада Армении'))).toBe(
      'Десятый периодический доклад Армении, представленный в соответствии со статьей 19 Конвенции',
    );
  });

  it('give a report in the other language a title wholly in that language, without the State it cannot name', () => {
    expect(defaultTitle(kgz, 'ru')).toBe('Второй периодический доклад государства-участника, представленный в соответствии со статьей 73 Конвенции');
    expect(defaultTitle(tjk, 'en')).toBe('Third periodic report submitted by the State party under article 73 of the Convention');
    const sen = { committee: 'CMW', stateParty: 'Sénégal', title: 'Liste de points à traiter avant la soumission du troisième rapport périodique du Sénégal', language: 'fr' };
    expect(defaultTitle(sen)).toBe('Third periodic report submitted by the State party under article 73 of the Convention');
    for (const title of [defaultTitle(kgz, 'ru'), defaultTitle(tjk)]) expect(title).not.toMatch(/[A-Za-z]/);
    for (const title of [defaultTitle(tjk, 'en'), defaultTitle(sen)]) expect(title).not.toMatch(/\p{Script=Cyrillic}|é/u);
  });

  it('fall back to a plain title for an unknown committee or an unusual list title', () => {
    expect(defaultTitle(en(null, 'Kyrgyzstan', 'Questions'))).toBe('Periodic report submitted by Kyrgyzstan');
    expect(defaultTitle(en(null, null, 'Questions'))).toBe('Periodic report of the State party');
    expect(defaultTitle({ committee: 'CMW', stateParty: 'Кыргызстан', title: 'Перечень вопросов', language: 'ru' })).toBe(
      'Периодический доклад государства-участника, представленный в соответствии со статьей 73 Конвенции',
    );
    expect(defaultTitle(ru('XYZ', 'Перечень вопросов в связи со вторым периодическим докладом Грузии'))).toBe('Второй периодический доклад Грузии');
  });

  it('tell a suggested title, in either language or as earlier versions worded it, from a typed one', () => {
    expect(isSuggestedTitle(kgz, defaultTitle(kgz, 'ru'))).toBe(true);
    expect(isSuggestedTitle(kgz, ` ${defaultTitle(kgz, 'en')}\n`)).toBe(true);
    expect(isSuggestedTitle(tjk, 'Периодический доклад, представленный государством-участником (Таджикистана)')).toBe(true);
    expect(isSuggestedTitle(kgz, 'Second periodic report of Kyrgyzstan (simplified procedure)')).toBe(false);
  });

  it('give the committee its full name in the report language', () => {
    expect(committeeName('CMW', 'en')).toMatch(/^Committee on the Protection of the Rights of All Migrant Workers/);
    expect(committeeName('cat', 'ru')).toBe('Комитет против пыток');
    expect(committeeName('XYZ', 'en')).toBeNull();
  });
});
