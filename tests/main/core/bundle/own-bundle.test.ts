// After restoring a backup older than a bundle it sent, a workspace lacks that text, while the
// institutions went on writing on it: their bundles could never come in again. Importing the
// bundle it sent takes the text back, as its own, and their bundles are then taken.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleConflicts } from '../../../../main/core/revisions/conflict-store';
import { openDatabase } from '../../../../main/core/store/database';
import { rotateOwnKey } from '../../../../main/core/bundle/trust';
import { passphraseProtector } from '../../../../main/core/identity/protector';
import { COORDINATOR, answerText as text, canonicalDump, pass, reportingWorkspace } from './fixture';

const LABOUR = 'Ministry of Labour';

function restoredCoordinator() {
  const w = reportingWorkspace();
  const labour = w.enrolledWith(LABOUR, '5', '5', 'Labour first.');
  // The coordinator's backup, before it corrects the text and sends it back.
  const backup = join(w.dir, 'coordinator-backup.sqlite');
  w.coordinator.exec(`VACUUM INTO '${backup}'`);
  w.answer(w.coordinator, '5', 'Coordinator base, corrected.\n\nLabour first.', COORDINATOR);
  const sent = w.exportFrom(w.coordinator, COORDINATOR);
  w.importInto(labour.db, sent);
  w.answer(labour.db, '5', 'Coordinator base, corrected.\n\nLabour first.\n\nLabour: a week of new work.', LABOUR);
  const week = w.exportFrom(labour.db, LABOUR);
  const restored = openDatabase(backup);
  return { w, labour, sent, week, restored };
}

describe("taking back this workspace's own bundle", () => {
  it('brings back what a restore took away, so that the institutions’ later bundles come in', () => {
    const { w, sent, week, restored } = restoredCoordinator();
    const before = canonicalDump(restored);
    const refused = w.importInto(restored, week);
    expect(refused).toMatchObject({ outcome: 'rejected', reason: 'invalid_content' });
    expect(refused.message).toMatch(/neither here nor in the bundle \(if this workspace was restored from an older backup, import the bundles it sent since then/);
    expect(canonicalDump(restored)).toBe(before);

    const back = w.importInto(restored, sent);
    expect(back).toMatchObject({ outcome: 'accepted', own: true, fastForwarded: ['5'] });
    expect(back.message).toMatch(/^Took back this workspace's own bundle #\d+/);
    expect(text(restored)).toBe('Coordinator base, corrected.\nLabour first.');
    // Its revisions are its own again: no institution is named as their origin.
    expect(restored.prepare("SELECT origin_institution, sealed_via FROM revision WHERE author = ?").all(COORDINATOR)).toEqual([{ origin_institution: null, sealed_via: 'export' }]);

    expect(w.importInto(restored, week)).toMatchObject({ outcome: 'accepted', fastForwarded: ['5'] });
    expect(text(restored)).toBe('Coordinator base, corrected.\nLabour first.\nLabour: a week of new work.');
    expect(visibleConflicts(restored, '5')).toHaveLength(0);
  });

  it('changes nothing when everything in it is here, and records no bundle as received', () => {
    const { w, sent } = restoredCoordinator();
    const before = canonicalDump(w.coordinator);
    const again = w.importInto(w.coordinator, sent);
    expect(again).toMatchObject({ outcome: 'unchanged', own: true });
    expect(again.message).toBe(`This workspace's own bundle #${again.sequence}: everything in it is already here. Nothing changed.`);
    expect(canonicalDump(w.coordinator)).toBe(before);
  });

  it('still refuses its own invitation', () => {
    const { w } = restoredCoordinator();
    const r = w.importInto(w.coordinator, w.invite('Ministry of Health', '6'));
    expect(r).toMatchObject({ outcome: 'rejected', reason: 'wrong_kind' });
  });

  it('refuses a bundle signed with a key it has since replaced (the key may be in other hands)', () => {
    const { w, labour, week } = restoredCoordinator();
    // A copy of the drafter's file made before it replaced its key signs new text with the old key.
    const copy = join(w.dir, 'copy.sqlite');
    labour.db.exec(`VACUUM INTO '${copy}'`);
    const thief = openDatabase(copy);
    rotateOwnKey(labour.db, pass(LABOUR), passphraseProtector('a new passphrase'), w.time.tick());
    w.answer(thief, '5', 'Forged with the replaced key.', LABOUR);
    const forged = w.exportFrom(thief, LABOUR);
    const before = canonicalDump(labour.db);
    for (const bundle of [forged, week]) {
      const r = w.importInto(labour.db, bundle);
      expect(r).toMatchObject({ outcome: 'rejected', reason: 'retired_key' });
      expect(r.message).toMatch(/signed it with its key [\d ]+, replaced on \d{4}-\d{2}-\d{2}; a replaced key's bundles are not taken/);
    }
    expect(canonicalDump(labour.db)).toBe(before);
    expect(text(labour.db)).not.toContain('Forged');
  });
});
