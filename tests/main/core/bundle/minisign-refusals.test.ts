// A key or signature line that cannot be read is refused with minisign.ts's own reason, worded in
// the interface language from its code (not matched on its English text).
import { beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../../../../shared/core-messages';
import { type Drafter, reportingWorkspace } from './fixture';

let w: ReturnType<typeof reportingWorkspace>;
let labour: Drafter;
let genuine: Buffer;

beforeAll(() => {
  w = reportingWorkspace();
  labour = w.joinAs('Ministry of Labour', w.invite('Ministry of Labour', '5'));
  w.answer(labour.db, '5', 'Flows are recorded monthly.', 'Ministry of Labour');
  genuine = w.exportFrom(labour.db, 'Ministry of Labour');
}, 60_000);

/** The genuine bundle with header line `n` (1-based) changed. */
function withLine(n: number, change: (line: string) => string): Buffer {
  const text = genuine.toString('latin1');
  const lines = text.split('\n');
  lines[n - 1] = change(lines[n - 1]);
  return Buffer.from(lines.join('\n'), 'latin1');
}

describe('unreadable key and signature lines', () => {
  it.each([
    ['a signature line that is not base64', () => withLine(5, (l) => `${l.slice(0, -4)}!!!!`), 'notBase64', 'not base64', 'это не base64'],
    ['a key of another algorithm', () => withLine(3, (l) => Buffer.from([0x45, 0x65, ...Buffer.from(l, 'base64').subarray(2)]).toString('base64')), 'keyNotEd25519', 'not an Ed25519 minisign public key', 'это не открытый ключ minisign Ed25519'],
  ])('refuses %s with minisign’s reason in each language', (_, bytes, code, en, ru) => {
    const r = w.importInto(w.coordinator, bytes());
    expect(r).toMatchObject({ outcome: 'rejected', reason: 'malformed' });
    expect(r.message).toBe(`The bundle is malformed: ${en}.`);
    expect(r.detail?.params).toMatchObject({ detail: code });
    expect(messageText(r.detail!, 'ru')).toContain(ru);
  });
});
