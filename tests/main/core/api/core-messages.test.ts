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

  it('sends why a bundle was refused with its key and values: in the import report, and as the refusal of verify and join', async () => {
    const { api } = seededCore();
    const cut = b64('treaty-desk-bundle 1\ncut off here');
    const r = await api['bundle.import']({ data: cut, fileName: 'cut.tdbundle' });
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({
      outcome: 'rejected',
      reason: 'truncated',
      message: 'The bundle is incomplete (truncated in transit?): the signature block is incomplete.',
      detail: { key: 'bundleRefusal.refused', params: { reason: 'truncated', detail: 'signatureBlockIncomplete' } },
    });
    expect(messageText(r.value.detail!, 'ru')).toBe('Пакет неполный (оборвался при передаче?): блок подписи неполный.');
    expect(await api['bundle.verify']({ data: cut })).toEqual({ ok: false, code: 'rejected', error: r.value.message, i18n: r.value.detail });

    const letter = b64('Dear colleagues,\n'.repeat(8));
    const joined = await api['workspace.join']({ data: letter, passphrase: 'correct horse battery staple' });
    expect(joined).toEqual({
      ok: false,
      code: 'rejected',
      error: 'This is not a Treaty Desk bundle: its first line is "Dear colleagues,".',
      i18n: { key: 'bundleRefusal.refused', params: { reason: 'not_a_bundle', detail: 'firstLine', line: 'Dear colleagues,' } },
    });
    if (joined.ok || !joined.i18n) throw new Error('no key');
    expect(messageText(joined.i18n, 'ky')).toBe('Бул Treaty Desk пакети эмес: анын биринчи сабы — «Dear colleagues,».');
  });
});
