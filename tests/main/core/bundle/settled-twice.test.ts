// The coordinator resolves a conflict in a merge it has already sent, while the institution,
// holding that merge with both versions, settles the same passage another way. The two decisions
// must meet as a conflict; before, the next import silently kept one of them (always the same).
import { describe, expect, it } from 'vitest';
import { visibleConflicts } from '../../../../main/core/revisions/conflict-store';
import { conflictView } from '../../../../main/core/revisions/conflict-view';
import { resolveConflict } from '../../../../main/core/revisions/resolve';
import { readAnswers } from '../../../../main/core/store/answer-store';
import { COORDINATOR, answerText as text, reportingWorkspace } from './fixture';

const LABOUR = 'Ministry of Labour';
const THREE = 'Change of employer after three months.';
const TWELVE = 'Change of employer after twelve months.';

/** Both versions side by side at the coordinator and, after the merge was sent, at Labour; the coordinator keeps `keep`. */
function resolvedAfterSending(keep: 'mine' | 'theirs') {
  const w = reportingWorkspace();
  const labour = w.enrolledWith(LABOUR, '5', '5', 'Change of employer after six months.');
  w.answer(w.coordinator, '5', THREE, COORDINATOR);
  w.answer(labour.db, '5', TWELVE, LABOUR);
  expect(w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR)).conflicts).toEqual(['5']);
  w.importInto(labour.db, w.exportFrom(w.coordinator, COORDINATOR));
  expect(text(labour.db)).toBe(`${THREE}\n${TWELVE}`);
  const [c] = visibleConflicts(w.coordinator, '5');
  resolveConflict(w.coordinator, conflictView(w.coordinator, c).id, { keep }, COORDINATOR, w.time.tick());
  return { w, labour };
}

describe('a conflict settled on both sides', () => {
  it.each(['mine', 'theirs'] as const)('meets as a conflict when the institution kept the other version (coordinator keeps %s)', (keep) => {
    const { w, labour } = resolvedAfterSending(keep);
    const kept = text(w.coordinator);
    const other = kept === THREE ? TWELVE : THREE;
    w.answer(labour.db, '5', other, LABOUR);
    const r = w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR));
    expect(r.conflicts).toEqual(['5']);
    expect(text(w.coordinator)).toContain(THREE);
    expect(text(w.coordinator)).toContain(TWELVE);
    expect(visibleConflicts(w.coordinator, '5')).toHaveLength(1);
  });

  it('keeps the coordinator’s choice when the institution left the passage as it was and wrote elsewhere', () => {
    const { w, labour } = resolvedAfterSending('mine');
    w.answer(labour.db, '5', `${THREE}\n\n${TWELVE}\n\nLabour adds a sentence.`, LABOUR);
    const r = w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR));
    expect(r.conflicts).toEqual([]);
    expect(text(w.coordinator)).toBe(`${THREE}\nLabour adds a sentence.`);
  });

  it('keeping both versions reaches the institution as a decision, not as the conflict again', () => {
    const w = reportingWorkspace();
    const labour = w.enrolledWith(LABOUR, '5', '5', 'Change of employer after six months.');
    w.answer(w.coordinator, '5', THREE, COORDINATOR);
    w.answer(labour.db, '5', TWELVE, LABOUR);
    expect(w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR)).conflicts).toEqual(['5']);
    const [c] = visibleConflicts(w.coordinator, '5');
    resolveConflict(w.coordinator, c.id, { keep: 'both' }, COORDINATOR, w.time.tick());
    const both = text(w.coordinator);
    expect(both.split('\n').sort()).toEqual([THREE, TWELVE].sort());
    // The merge with both versions and the decision arrive together: the institution sees the text decided.
    const r = w.importInto(labour.db, w.exportFrom(w.coordinator, COORDINATOR));
    expect([r.fastForwarded, r.conflicts]).toEqual([['5'], []]);
    expect(visibleConflicts(labour.db, '5')).toEqual([]);
    expect(text(labour.db)).toBe(both);
    // Labour writes elsewhere and sends: the coordinator's text stays as decided, nothing opens.
    w.answer(labour.db, '5', `${both.split('\n').join('\n\n')}\n\nLabour adds a sentence.`, LABOUR);
    expect(w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR)).conflicts).toEqual([]);
    expect(text(w.coordinator)).toBe(`${both}\nLabour adds a sentence.`);
    expect(visibleConflicts(w.coordinator, '5')).toEqual([]);
  });

  it('keeps a resolution made before sending when the institution made the same merge from crossing bundles', () => {
    const w = reportingWorkspace();
    const labour = w.joinAs(LABOUR, w.invite(LABOUR, '5'));
    w.answer(w.coordinator, '5', 'Intro.\n\nFigures: 10.\n\nOutro.', COORDINATOR);
    w.importInto(labour.db, w.exportFrom(w.coordinator, COORDINATOR));
    w.answer(labour.db, '5', 'Intro.\n\nFigures: 12 (Labour).\n\nOutro.', LABOUR);
    const fromLabour = w.exportFrom(labour.db, LABOUR);
    w.answer(w.coordinator, '5', 'Intro.\n\nFigures: 11 (Coordinator).\n\nOutro.', COORDINATOR);
    const fromCoordinator = w.exportFrom(w.coordinator, COORDINATOR);
    // The bundles cross: each side merges the other's edit into the same automatic merge.
    w.enroll(labour, fromLabour);
    w.importInto(labour.db, fromCoordinator);
    expect(readAnswers(labour.db, ['5'])['5'].revision).toBe(readAnswers(w.coordinator, ['5'])['5'].revision);
    const [c] = visibleConflicts(w.coordinator, '5');
    resolveConflict(w.coordinator, c.id, { keep: 'mine' }, COORDINATOR, w.time.tick());
    // Labour writes elsewhere on its copy of the merge, both versions still there, and sends.
    w.answer(labour.db, '5', `${text(labour.db).split('\n').join('\n\n')}\n\nLabour note.`, LABOUR);
    expect(w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR)).outcome).toBe('accepted');
    expect(text(w.coordinator)).toBe('Intro.\nFigures: 11 (Coordinator).\nOutro.\nLabour note.');
  });
});
