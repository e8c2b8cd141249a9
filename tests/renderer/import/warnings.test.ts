// The import screen says each of the parser's doubts in the user's language: every warning code has
// a sentence in each catalog, and the English one is the sentence the CLI prints.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { messages } from '../../../renderer/src/import/messages';
import { parseLoiText } from '../../../shared/loi/parse';
import { WARNING_CODES, parseWarning } from '../../../shared/loi/warnings';

const examples = [
  parseWarning(12, 'numbers-missing', { number: '6', previous: '4' }),
  parseWarning(14, 'number-out-of-sequence', { number: '6', expected: '7' }),
  parseWarning(20, 'item-out-of-sequence', { label: 'c', paragraph: '3' }),
  parseWarning(22, 'number-assumed', { number: '9' }),
  parseWarning(3, 'text-skipped', { text: 'Annex' }),
  parseWarning(0, 'footnote-uncited', { marker: '4' }),
];

const translator = async (lng: 'en' | 'ru' | 'ky') => {
  const i = i18next.createInstance();
  await i.init({ lng, resources: { [lng]: { import: messages[lng] } }, ns: ['import'], defaultNS: 'import', interpolation: { escapeValue: false } });
  return i.t.bind(i);
};

describe('parser warnings on the import screen', () => {
  it('has an example of every code', () => {
    expect(examples.map((w) => w.code).sort()).toEqual([...WARNING_CODES].sort());
  });

  it('says in English exactly what the CLI prints', async () => {
    const t = await translator('en');
    for (const w of examples) expect(t(`warning_${w.code}`, w.params)).toBe(w.message);
  });

  it.each(['ru', 'ky'] as const)('has every warning in %s, with its values and no English left', async (lng) => {
    const t = await translator(lng);
    for (const w of examples) {
      const text = t(`warning_${w.code}`, w.params);
      expect(text).not.toMatch(/\{\{|warning_|Paragraph|Item|Footnote|Text outside/);
      for (const value of Object.values(w.params ?? {})) expect(text).toContain(value);
    }
  });

  it('comes from the parser with its code and values', () => {
    const loi = parseLoiText(['List of issues prior to submission of the second periodic report of Chad', '1. Please describe the first thing.', '3. Please describe the third thing.'].join('\n'));
    expect(loi.warnings).toEqual([parseWarning(3, 'numbers-missing', { number: '3', previous: '1' })]);
  });
});
