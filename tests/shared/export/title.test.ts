import { describe, expect, it } from 'vitest';
import { committeeName, defaultSettings, defaultTitle } from '../../../shared/export/title';

describe('title-page defaults', () => {
  it('turn the list of issues title into the report title a secretariat expects', () => {
    const src = { committee: 'CMW', stateParty: 'Kyrgyzstan', title: 'List of issues prior to submission of the second periodic report of Kyrgyzstan', language: 'en' };
    expect(defaultTitle(src)).toBe('Second periodic report submitted by Kyrgyzstan under article 73 of the Convention');
    expect(defaultSettings(src)).toEqual({ title: defaultTitle(src), dueYear: null, submittedYear: null, language: 'en', statisticalAnnex: false });
  });

  it('name the Covenant for the Human Rights Committee and both articles for CESCR', () => {
    expect(defaultTitle({ committee: 'CCPR', stateParty: 'Chile', title: 'List of issues prior to submission of the seventh periodic report of Chile', language: 'en' })).toBe(
      'Seventh periodic report submitted by Chile under article 40 of the Covenant',
    );
    expect(defaultTitle({ committee: 'CESCR', stateParty: 'Peru', title: 'List of issues prior to submission of the fifth periodic report of Peru', language: 'en' })).toBe(
      'Fifth periodic report submitted by Peru under articles 16 and 17 of the Covenant',
    );
  });

  it('fall back to a plain title for an unknown committee or an unusual list title', () => {
    expect(defaultTitle({ committee: null, stateParty: 'Kyrgyzstan', title: 'Questions', language: 'en' })).toBe('Periodic report submitted by Kyrgyzstan');
    expect(defaultSettings({ committee: 'CMW', stateParty: 'Кыргызстан', title: 'Перечень вопросов', language: 'ru' }).language).toBe('ru');
  });

  it('give the committee its full name in the report language', () => {
    expect(committeeName('CMW', 'en')).toMatch(/^Committee on the Protection of the Rights of All Migrant Workers/);
    expect(committeeName('cat', 'ru')).toBe('Комитет против пыток');
    expect(committeeName('XYZ', 'en')).toBeNull();
  });
});
