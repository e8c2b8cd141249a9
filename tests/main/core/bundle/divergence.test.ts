// Both sides edit the same answer between exchanges: the drafter takes in the coordinator's text
// (the merge writes a merge revision there), and its next bundle, carrying that merge, is accepted.
import { describe, expect, it } from 'vitest';
import { readAnswers } from '../../../../main/core/store/answer-store';
import { plainText } from '../../../../shared/editor/types';
import path from 'node:path';
import { importBundle, importBundles } from '../../../../main/core/bundle/import';
import { openDatabase } from '../../../../main/core/store/database';
import { canonicalDump, divergentEdits } from './fixture';

const LABOUR = 'Ministry of Labour';

/** The coordinator edits the first paragraph, Labour the second, at the same time. */
const bothEdit = () =>
  divergentEdits(
    'First paragraph by Labour.\n\nSecond paragraph by Labour.',
    'First paragraph, edited by the coordinator.\n\nSecond paragraph by Labour.',
    'First paragraph by Labour.\n\nSecond paragraph, edited by Labour.',
  );

describe('bundles across divergent edits', () => {
  it('round-trips a drafter-side merge of the coordinator\'s edits back to the coordinator', () => {
    const { w, labour, back } = bothEdit();
    const atLabour = w.importInto(labour.db, back);
    expect(atLabour).toMatchObject({ outcome: 'accepted', merged: ['5'], conflicts: [] });
    const merged = 'First paragraph, edited by the coordinator.\nSecond paragraph, edited by Labour.';
    expect(plainText(readAnswers(labour.db, ['5'])['5'].content)).toBe(merged);

    const again = w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR));
    expect(again.outcome, again.message).toBe('accepted');
    expect(plainText(readAnswers(w.coordinator, ['5'])['5'].content)).toBe(merged);
  }, 180_000);

  it('takes the drafter\'s merge in an inbox as one by one, the same merge held there meanwhile', () => {
    const { w, labour, back } = bothEdit();
    // Labour's edit alone: the coordinator merges it with its own edit, as Labour's app does below.
    const first = w.exportFrom(labour.db, LABOUR);
    w.importInto(labour.db, back);
    w.answer(labour.db, '5', 'First paragraph, edited by the coordinator.\n\nSecond paragraph, edited by Labour again.', LABOUR);
    // Its merge, and an edit on it.
    const second = w.exportFrom(labour.db, LABOUR);

    const copy = path.join(w.dir, 'coordinator-copy.sqlite');
    w.coordinator.exec(`VACUUM INTO '${copy}'`);
    const other = openDatabase(copy);
    try {
      const now = w.time.tick();
      const inbox = importBundles(w.coordinator, [{ bytes: first }, { bytes: second }], now);
      const each = [first, second].map((bytes) => importBundle(other, bytes, now));
      expect(inbox.map((r) => [r.outcome, r.fastForwarded, r.merged, r.conflicts])).toEqual([['accepted', [], ['5'], []], ['accepted', ['5'], [], []]]);
      expect(inbox.map((r) => [r.outcome, r.fastForwarded, r.merged, r.conflicts])).toEqual(each.map((r) => [r.outcome, r.fastForwarded, r.merged, r.conflicts]));
      const [x, y] = [canonicalDump(w.coordinator), canonicalDump(other)];
      for (const table of ['revision', 'chunk', 'answer', 'merge_revision', 'merge_conflict', 'merge_conflict_sides']) {
        expect((JSON.parse(x) as Record<string, string[]>)[table], table).toEqual((JSON.parse(y) as Record<string, string[]>)[table]);
      }
      expect(plainText(readAnswers(w.coordinator, ['5'])['5'].content)).toBe('First paragraph, edited by the coordinator.\nSecond paragraph, edited by Labour again.');
    } finally {
      other.close();
    }
  }, 180_000);
});
