// What a drafter's bundle leaves out: the text it received from the coordinator (revisions, their
// history and the chunks they name) is already the coordinator's, so it is not sent again, and an
// answer the drafter did not change is not sent at all. A coordinator that lost that text (which
// it would not take from a drafter anyway: only the drafter's own writing is) gets a one-line refusal.
import { describe, expect, it } from 'vitest';
import { unseal } from '../../../../main/core/bundle/container';
import { decodePayload } from '../../../../main/core/bundle/payload';
import { trustInstitution } from '../../../../main/core/bundle/trust';
import { headContent } from '../../../../main/core/store/content-store';
import { plainText } from '../../../../shared/editor/types';
import { COORDINATOR, canonicalDump, reportingWorkspace } from './fixture';

const LABOUR = 'Ministry of Labour';
const payloadOf = (bytes: Buffer) => decodePayload(unseal(bytes).payload);

describe('the history a bundle carries', () => {
  it('leaves out what came from the coordinator, and the coordinator still merges it', () => {
    const w = reportingWorkspace();
    w.answer(w.coordinator, '5', 'Flows are recorded.\n\nReturns are recorded.', COORDINATOR);
    w.answer(w.coordinator, '13', 'Consular support is given.', COORDINATOR);
    const labour = w.joinAs(LABOUR, w.invite(LABOUR, '5,13'));
    const base = w.coordinator.prepare("SELECT head FROM answer WHERE node_ref = '5'").pluck().get() as string;
    w.answer(labour.db, '5', 'Flows are recorded monthly.\n\nReturns are recorded.', LABOUR);

    const lean = w.exportFrom(labour.db, LABOUR);
    const p = payloadOf(lean);
    // Answer 13 is untouched: nothing to send. Answer 5: only Labour's revision, and of its two
    // paragraphs only the reworded one; the other is the coordinator's already.
    expect(Object.keys(p.heads)).toEqual(['5']);
    expect(p.revisions.map((r) => [r.ref, r.author, r.parents])).toEqual([['5', LABOUR, [base]]]);
    expect(p.chunks.map((c) => JSON.stringify(c.value))).toEqual([JSON.stringify({ type: 'paragraph', children: [{ text: 'Flows are recorded monthly.' }] })]);

    expect(w.enroll(labour, lean)).toMatchObject({ outcome: 'accepted', fastForwarded: ['5'] });
    expect(plainText(headContent(w.coordinator, '5')!)).toBe('Flows are recorded monthly.\nReturns are recorded.');
  });

  it('refuses in one line, changing nothing, when the coordinator no longer has the text a revision builds on', () => {
    const w = reportingWorkspace();
    w.answer(w.coordinator, '5', 'Flows are recorded.', COORDINATOR);
    const invitation = w.invite(LABOUR, '5');
    const labour = w.joinAs(LABOUR, invitation);
    w.answer(labour.db, '5', 'Flows are recorded monthly.', LABOUR);
    // The coordinator's answer is gone (say, an old backup restored before answer 5 was written).
    w.coordinator.prepare("DELETE FROM answer WHERE node_ref = '5'").run();
    w.coordinator.prepare("DELETE FROM revision WHERE node_ref = '5'").run();
    const lean = w.exportFrom(labour.db, LABOUR);
    expect(w.importInto(w.coordinator, lean).reason).toBe('unknown_signer');
    trustInstitution(w.coordinator, LABOUR, labour.fingerprint, w.time.tick());
    const before = canonicalDump(w.coordinator);

    const refused = w.importInto(w.coordinator, lean);
    expect(refused).toMatchObject({ outcome: 'rejected', reason: 'invalid_content' });
    expect(refused.message).toMatch(/builds on [0-9a-f]{12}, which is neither here nor in the bundle/);
    expect(refused.message).not.toContain('\n');
    expect(canonicalDump(w.coordinator)).toBe(before);
  });
});
