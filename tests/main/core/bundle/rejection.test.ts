// The one line of a refusal says one true thing: its fixed start must not contradict the detail
// that follows it (an older bundle is not "made by a newer Treaty Desk").
import { describe, expect, it } from 'vitest';
import { chunkHash, revisionId } from '../../../../main/core/content/address';
import { reportingWorkspace } from './fixture';
import { forger, variant } from './forge';

const LABOUR = 'Ministry of Labour';

function labourSigning() {
  const w = reportingWorkspace();
  const labour = w.joinAs(LABOUR, w.invite(LABOUR, '5'));
  w.answer(labour.db, '5', 'Labour text.', LABOUR);
  const first = w.exportFrom(labour.db, LABOUR);
  w.enroll(labour, first);
  return { w, f: forger(labour.db, LABOUR, first) };
}

describe('refusal messages', () => {
  it('a bundle of another format says whether it is older or newer, and nothing against it', () => {
    const { w, f } = labourSigning();
    const older = w.importInto(w.coordinator, f.sign(variant(f, 50, (p) => ((p as { version: number }).version = 1))));
    expect(older.reason).toBe('unsupported_version');
    expect(older.message).toMatch(/older Treaty Desk .*ask the sender to update/);
    expect(older.message).not.toMatch(/newer|update the app|update this app/);

    const newer = w.importInto(w.coordinator, f.sign(variant(f, 51, (p) => ((p as { version: number }).version = 99))));
    expect(newer.message).toMatch(/newer Treaty Desk .*update this app/);
    expect(newer.message).not.toMatch(/older|ask the sender/);
  });

  it('writing attributed to another institution on an assigned paragraph is not called an unassigned paragraph', () => {
    const { w, f } = labourSigning();
    const value = { type: 'paragraph', children: [{ text: 'Written by Interior, says Labour.' }] };
    const h = chunkHash(JSON.stringify(value));
    const at = '2026-02-03T10:00:00.000Z';
    const author = 'Ministry of Internal Affairs';
    const r = { id: revisionId('5', [], [h], author, at), ref: '5', parents: [], author, createdAt: at, blocks: [h] };
    const forged = f.sign(
      variant(f, 50, (p) => {
        p.revisions = [r];
        (p as { chunks: unknown[] }).chunks = [{ hash: h, value }];
        p.heads = { '5': r.id };
      }),
    );
    const refused = w.importInto(w.coordinator, forged);
    expect(refused.reason).toBe('unauthorized');
    expect(refused.message).toMatch(/claims to be written by "Ministry of Internal Affairs", but Ministry of Labour signed/);
    expect(refused.message).not.toMatch(/not assigned/);
  });
});
