// Both sides edit the same answer between exchanges: the drafter takes in the coordinator's text
// (the merge writes a merge revision there), and its next bundle, carrying that merge, is accepted.
import { describe, expect, it } from 'vitest';
import { readAnswers } from '../../../../main/core/store/answer-store';
import { plainText } from '../../../../shared/editor/types';
import { COORDINATOR, reportingWorkspace } from './fixture';

const LABOUR = 'Ministry of Labour';

describe('bundles across divergent edits', () => {
  it('round-trips a drafter-side merge of the coordinator\'s edits back to the coordinator', () => {
    const w = reportingWorkspace();
    const labour = w.enrolledWith(LABOUR, '5', '5', 'First paragraph by Labour.\n\nSecond paragraph by Labour.');

    // The coordinator edits the first paragraph, Labour the second, at the same time.
    w.answer(w.coordinator, '5', 'First paragraph, edited by the coordinator.\n\nSecond paragraph by Labour.', COORDINATOR);
    const back = w.exportFrom(w.coordinator, COORDINATOR);
    w.answer(labour.db, '5', 'First paragraph by Labour.\n\nSecond paragraph, edited by Labour.', LABOUR);
    const atLabour = w.importInto(labour.db, back);
    expect(atLabour).toMatchObject({ outcome: 'accepted', merged: ['5'], conflicts: [] });
    const merged = 'First paragraph, edited by the coordinator.\nSecond paragraph, edited by Labour.';
    expect(plainText(readAnswers(labour.db, ['5'])['5'].content)).toBe(merged);

    const again = w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR));
    expect(again.outcome, again.message).toBe('accepted');
    expect(plainText(readAnswers(w.coordinator, ['5'])['5'].content)).toBe(merged);
  }, 180_000);
});
