// The coordinator approved an answer; an institution's bundle then changes its text. What was
// approved is not what would go into the report, so the answer is back to drafting; a bundle that
// changes nothing of it leaves the approval.
import { describe, expect, it } from 'vitest';
import { readAnswers } from '../../../../main/core/store/answer-store';
import { setStatus } from '../../../../main/core/store/workflow-store';
import { COORDINATOR, reportingWorkspace } from '../bundle/fixture';

const LABOUR = 'Ministry of Labour';

describe('an approved answer and an import', () => {
  it('goes back to drafting when a bundle changes its text, and stays approved when one does not', () => {
    const w = reportingWorkspace();
    const labour = w.joinAs(LABOUR, w.invite(LABOUR, '5,6'));
    w.answer(w.coordinator, '5', 'Flows are recorded monthly.', COORDINATOR);
    w.answer(w.coordinator, '6', 'Training is given yearly.', COORDINATOR);
    w.importInto(labour.db, w.exportFrom(w.coordinator, COORDINATOR));
    w.answer(labour.db, '5', 'Flows are recorded monthly.\n\nLabour adds: 1,204 inspections.', LABOUR);
    setStatus(w.coordinator, '5', 'approved', COORDINATOR, w.time.tick());
    setStatus(w.coordinator, '6', 'approved', COORDINATOR, w.time.tick());
    expect(w.enroll(labour, w.exportFrom(labour.db, LABOUR)).outcome).toBe('accepted');
    const after = readAnswers(w.coordinator, ['5', '6']);
    expect(after['5'].status).toBe('drafting');
    expect(after['6'].status).toBe('approved');
  }, 120_000);
});
