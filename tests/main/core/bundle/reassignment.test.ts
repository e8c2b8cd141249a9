// The coordinator moves a paragraph to another institution by inviting the first one again. The
// drafter's bundles keep coming in: text the coordinator has changes nothing, new text for the
// paragraph it lost is refused on its own, and the rest is taken. The drafter takes the newer
// invitation (join or import): its paragraphs change, its text and key stay, and its next bundle
// sends only what is still its own.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAnswers } from '../../../../main/core/bundle/export';
import { createInvitation } from '../../../../main/core/bundle/invite';
import { joinFromInvitation } from '../../../../main/core/bundle/join';
import { identityView } from '../../../../main/core/bundle/overview';
import { unseal } from '../../../../main/core/bundle/container';
import { decodePayload } from '../../../../main/core/bundle/payload';
import { verifyBundle } from '../../../../main/core/bundle/verify';
import { initWorkspace } from '../../../../main/core/services/workspace';
import { readAnswers } from '../../../../main/core/store/answer-store';
import { type Db, openDatabase } from '../../../../main/core/store/database';
import { plainText } from '../../../../shared/editor/types';
import { seedText } from '../../../helpers/workspace';
import { canonicalDump, pass, reportingWorkspace } from './fixture';

const LABOUR = 'Ministry of Labour';
const text = (db: Db, ref: string) => plainText(readAnswers(db, [ref])[ref]?.content ?? []);
const history = (db: Db, ref: string) => db.prepare('SELECT count(*) FROM revision WHERE node_ref = ?').pluck().get(ref) as number;

/** Labour answers 5 and 13, its first bundle is in, then the coordinator invites it again for 13 only. */
function movedParagraph() {
  const w = reportingWorkspace();
  const lab = w.joinAs(LABOUR, w.invite(LABOUR, '5,13'));
  w.answer(lab.db, '5', 'Labour on 5.', LABOUR);
  w.answer(lab.db, '13', 'Labour on 13.', LABOUR);
  expect(w.enroll(lab, w.exportFrom(lab.db, LABOUR)).outcome).toBe('accepted');
  const again = w.invite(LABOUR, '13');
  return { w, lab, again };
}

describe('a paragraph moved away from an institution', () => {
  it('takes the work on the paragraphs it still has, though the bundle repeats text of the one it lost', () => {
    const { w, lab } = movedParagraph();
    w.answer(lab.db, '13', 'Labour on 13, a week later.', LABOUR);
    const r = w.importInto(w.coordinator, w.exportFrom(lab.db, LABOUR));
    expect(r, r.message).toMatchObject({ outcome: 'accepted', reason: null, fastForwarded: ['13'], unchanged: ['5'], rejected: [] });
    expect(text(w.coordinator, '13')).toBe('Labour on 13, a week later.');
  }, 120_000);

  it('refuses only the new text for the paragraph it lost, and says why', () => {
    const { w, lab } = movedParagraph();
    w.answer(lab.db, '5', 'Labour on 5, after it moved.', LABOUR);
    w.answer(lab.db, '13', 'Labour on 13, a week later.', LABOUR);
    const before5 = history(w.coordinator, '5');
    const bundle = w.exportFrom(lab.db, LABOUR);
    expect(verifyBundle(w.coordinator, bundle).refused.map((x) => x.ref)).toEqual(['5']);
    const r = w.importInto(w.coordinator, bundle);
    expect(r, r.message).toMatchObject({ outcome: 'accepted', fastForwarded: ['13'], notAssigned: ['5'] });
    expect(r.rejected).toEqual([
      {
        ref: '5',
        reason: 'paragraph 5 is no longer assigned to Ministry of Labour; its new text was not taken',
        i18n: { key: 'answerRefusal.notAssigned', params: { paragraph: '5', name: 'Ministry of Labour' } },
      },
    ]);
    expect(r.message).toContain('not taken, as no longer assigned to Ministry of Labour: 5.');
    expect(text(w.coordinator, '5')).toBe('Labour on 5.');
    expect(history(w.coordinator, '5')).toBe(before5);
    expect(text(w.coordinator, '13')).toBe('Labour on 13, a week later.');
  }, 120_000);

  it('lets the drafter take the newer invitation: its paragraphs change, its key and all its text stay', () => {
    const { w, lab, again } = movedParagraph();
    w.answer(lab.db, '5', 'Labour on 5, not sent yet.', LABOUR);
    const key = identityView(lab.db).key?.fingerprint;
    const revisions5 = history(lab.db, '5');

    const r = joinFromInvitation(lab.db, again, pass(LABOUR), w.time.tick());
    expect(r).toMatchObject({ institution: LABOUR, paragraphs: ['13'], reassignment: { paragraphs: ['13'], was: ['5', '13'], olderThan: null }, fingerprint: key });
    expect(identityView(lab.db)).toMatchObject({ paragraphs: ['13'], key: { fingerprint: key } });
    expect(text(lab.db, '5')).toBe('Labour on 5, not sent yet.');
    expect(history(lab.db, '5')).toBe(revisions5);

    // Its next bundle carries 13 only, says 5 was left out, and the coordinator takes it whole.
    w.answer(lab.db, '13', 'Labour on 13, after the new invitation.', LABOUR);
    const out = exportAnswers(lab.db, pass(LABOUR), w.time.tick());
    expect(out.notSent).toEqual(['5']);
    const sent = decodePayload(unseal(Buffer.from(out.data, 'base64')).payload);
    expect(Object.keys(sent.heads)).toEqual(['13']);
    const taken = w.importInto(w.coordinator, Buffer.from(out.data, 'base64'));
    expect(taken, taken.message).toMatchObject({ outcome: 'accepted', fastForwarded: ['13'], rejected: [] });
    expect(text(w.coordinator, '13')).toBe('Labour on 13, after the new invitation.');
  }, 120_000);

  it('takes the newer invitation as an import too, and reports what changed', () => {
    const { w, lab, again } = movedParagraph();
    const r = w.importInto(lab.db, again, 'invitation-ministry-of-labour.tdbundle');
    expect(r, r.message).toMatchObject({ outcome: 'accepted', kind: 'invitation', assignment: { paragraphs: ['13'], was: ['5', '13'], olderThan: null } });
    expect(r.message).toMatch(/^Imported invitation #\d+ from Ministry of Foreign Affairs: Now assigned: 13 \(was 5, 13\); answers updated/);
    expect(identityView(lab.db).paragraphs).toEqual(['13']);
    // The same file again changes nothing; through join it says the paragraphs stayed.
    expect(w.importInto(lab.db, again).outcome).toBe('unchanged');
    expect(joinFromInvitation(lab.db, again, pass(LABOUR), w.time.tick()).reassignment).toEqual({ paragraphs: ['13'], was: ['13'], olderThan: null });
  }, 120_000);

  it('keeps the paragraphs of the newest invitation when an older one is opened late', () => {
    const { w, lab } = movedParagraph();
    const older = w.invite(LABOUR, '5,13,14');
    const newest = w.invite(LABOUR, '13');
    expect(w.importInto(lab.db, newest).assignment).toMatchObject({ paragraphs: ['13'], was: ['5', '13'] });
    const late = w.importInto(lab.db, older);
    expect(late.assignment).toMatchObject({ paragraphs: ['13'], was: ['13'], olderThan: expect.any(String) });
    expect(identityView(lab.db).paragraphs).toEqual(['13']);
  }, 120_000);

  it("orders invitations by the coordinator's own numbering, not by a clock that was set wrong", () => {
    const { w, lab } = movedParagraph();
    const YEARS = 30 * 365 * 24 * 3600_000;
    w.time.tick(YEARS); // the coordinator's laptop clock jumps thirty years ahead for one invitation
    const wrongClock = w.invite(LABOUR, '5,13,14');
    w.time.tick(-YEARS);
    const corrected = w.invite(LABOUR, '14');
    expect(w.importInto(lab.db, wrongClock).assignment).toMatchObject({ paragraphs: ['5', '13', '14'], olderThan: null });
    expect(w.importInto(lab.db, corrected).assignment).toMatchObject({ paragraphs: ['14'], was: ['5', '13', '14'], olderThan: null });
    expect(identityView(lab.db).paragraphs).toEqual(['14']);
    // Opened once more, the mis-dated one is still older: it changes nothing.
    expect(w.importInto(lab.db, wrongClock).outcome).toBe('unchanged');
    expect(identityView(lab.db).paragraphs).toEqual(['14']);
  }, 120_000);

  it('takes the invitation a coordinator made after restoring a backup, though its number was used before', () => {
    const { w, lab, again } = movedParagraph();
    expect(w.importInto(lab.db, again).assignment).toMatchObject({ paragraphs: ['13'], olderThan: null });
    // The coordinator restores a backup from before its last two bundles: its numbering goes back with it.
    const last = w.coordinator.prepare('SELECT max(seq) FROM bundle_out').pluck().get() as number;
    w.coordinator.prepare('DELETE FROM bundle_out WHERE seq >= ?').run(last - 1);
    const later = w.invite(LABOUR, '13,14');
    expect(w.coordinator.prepare('SELECT max(seq) FROM bundle_out').pluck().get()).toBe(last - 1);
    expect(w.importInto(lab.db, later).assignment).toMatchObject({ paragraphs: ['13', '14'], was: ['13'], olderThan: null });
    expect(identityView(lab.db).paragraphs).toEqual(['13', '14']);
  }, 120_000);

  it('refuses an invitation for another institution or another workspace, changing nothing', () => {
    const { w, lab } = movedParagraph();
    const health = w.invite('Ministry of Health', '20');
    const before = canonicalDump(lab.db);
    const r = w.importInto(lab.db, health);
    expect(r, r.message).toMatchObject({ outcome: 'rejected', reason: 'wrong_kind' });
    expect(r.message).toContain('it invites Ministry of Health; this workspace drafts for Ministry of Labour');
    expect(() => joinFromInvitation(lab.db, health, pass(LABOUR), w.time.tick())).toThrow(/it invites Ministry of Health/);

    const other = openDatabase(join(w.dir, 'other.sqlite'));
    initWorkspace(other, { loiText: seedText, sourceName: 'seed.txt', institution: 'Ministry of Foreign Affairs', role: 'coordinator', now: new Date(), workspaceId: '11111111-2222-4333-8444-555555555555' });
    const foreign = Buffer.from(createInvitation(other, pass('Ministry of Foreign Affairs'), { institution: LABOUR, paragraphs: '5' }, w.time.tick()).data, 'base64');
    expect(() => joinFromInvitation(lab.db, foreign, pass(LABOUR), w.time.tick())).toThrow(/already holds work/);
    expect(w.importInto(lab.db, foreign).reason).toBe('wrong_workspace');
    expect(canonicalDump(lab.db)).toBe(before);
    expect(identityView(lab.db).paragraphs).toEqual(['5', '13']);
  }, 120_000);
});
