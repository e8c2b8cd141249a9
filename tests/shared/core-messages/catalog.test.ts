// Every message of the core reads in English, Russian and Kyrgyz, and no language drops a value
// the English names (the row, the cell, the limit): each is called with values it can be found by.
import { describe, expect, it } from 'vitest';
import { type Lang, coreError, messageKeys, messageText } from '../../../shared/core-messages';
import { num, tenth } from '../../../shared/core-messages/format';
import { UserError } from '../../../shared/result';

/** Values 7001, 7002… for whatever the message reads, and the names it read. */
function probe(key: string, lang: Lang): { text: string; read: Map<string, number> } {
  const read = new Map<string, number>();
  const params = new Proxy({} as Record<string, number>, {
    get: (_, name) => {
      if (typeof name !== 'string') return undefined;
      if (!read.has(name)) read.set(name, 7001 + read.size);
      return read.get(name);
    },
  });
  return { text: messageText({ key, params }, lang) ?? '', read };
}

describe('the core messages catalog', () => {
  const keys = messageKeys();

  it('has the messages the table import uses', () => {
    expect(keys).toContain('tableImport.ragged');
    expect(keys.length).toBeGreaterThanOrEqual(20);
  });

  it.each(keys)('%s reads in every language with every value the English names', (key) => {
    const en = probe(key, 'en');
    // The shortest is a bundle's "not base64".
    expect(en.text.length).toBeGreaterThanOrEqual(10);
    for (const lang of ['ru', 'ky'] as const) {
      const other = probe(key, lang);
      expect(other.text, lang).not.toBe(en.text);
      expect(other.text, lang).toMatch(/[а-яё]/i);
      expect([...other.read.keys()].sort(), lang).toEqual([...en.read.keys()].sort());
      // A number as the language writes it; a name or a cell address as it is.
      for (const v of other.read.values()) expect(other.text.includes(num(v, lang)) || other.text.includes(tenth(v, lang)) || other.text.includes(String(v)), `${lang}: ${v} in ${other.text}`).toBe(true);
    }
  });

  it('puts the English text in the refusal and the key and values beside it', () => {
    const e = coreError('tableImport.ragged', { row: 3, fields: 2, widest: 1, width: 3 });
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe('Row 3 has 2 fields where row 1 has 3: the rows are ragged (an unquoted separator or line break?). Fix the file and import it again.');
    expect(e.i18n).toEqual({ key: 'tableImport.ragged', params: { row: 3, fields: 2, widest: 1, width: 3 } });
    expect(messageText(e.i18n!, 'ru')).toBe('В строке 3 — 2 поля, а в строке 1 — 3: строки разной длины (разделитель или перенос строки без кавычек?). Исправьте файл и импортируйте снова.');
    expect(messageText({ key: 'tableImport.tooManyRows', params: { max: 20000 } }, 'ru')).toBe('В файле больше 20\u00A0000 строк; таблица вмещает не больше 20\u00A0000. Импортируйте сводку.');
    expect(messageText({ key: 'tableImport.nothing', params: {} }, 'ru')).toBeNull();
  });
});
