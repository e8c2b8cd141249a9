// A refusal the core words from its catalog reaches the doors with its key and values beside the
// English text, so the interface can say it in Russian or Kyrgyz; other refusals carry none.
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../../shared/core-messages';
import { seededCore } from '../../../helpers/workspace';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('refusals in the interface language', () => {
  it('sends the key and values of a table import refusal with its English text', async () => {
    const { api } = seededCore();
    const r = await api['table.import']({ fileName: 'ragged.csv', data: b64('Region,Girls,Boys\nChui,1,2\nOsh,3\n') });
    expect(r).toEqual({
      ok: false,
      code: 'invalid_argument',
      error: 'Row 3 has 2 fields where row 1 has 3: the rows are ragged (an unquoted separator or line break?). Fix the file and import it again.',
      i18n: { key: 'tableImport.ragged', params: { row: 3, fields: 2, widest: 1, width: 3 } },
    });
    if (r.ok || !r.i18n) throw new Error('no key');
    expect(messageText(r.i18n, 'ky')).toBe('3-сапта 2 талаа, ал эми 1-сапта 3: саптардын узундугу ар башка (тырмакчасыз бөлгүч же сап которуу?). Файлды оңдоп, кайра импорттоңуз.');

    const plain = await api['answer.save']({ ref: 'h1', content: [{ type: 'paragraph', children: [{ text: 'x' }] }] });
    expect(plain.ok).toBe(false);
    expect(plain).not.toHaveProperty('i18n');
  });
});
