// Bundles arrive in any order: one older than a bundle already imported from the same institution
// changes nothing when all it holds is here, and a drafter that restored a backup (and so numbers
// its bundles again from there) still gets its new writing in.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { institutionViews } from '../../../../main/core/bundle/overview';
import { readAnswers } from '../../../../main/core/store/answer-store';
import { openDatabase } from '../../../../main/core/store/database';
import { plainText } from '../../../../shared/editor/types';
import { reportingWorkspace } from './fixture';

const LABOUR = 'Ministry of Labour';
const text = (db: Parameters<typeof readAnswers>[0], ref: string) => plainText(readAnswers(db, [ref])[ref].content);
const count = (db: Parameters<typeof readAnswers>[0], sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('bundles out of order', () => {
  it('takes an older bundle as unchanged, and a restored drafter’s reused number with its new text', () => {
    const w = reportingWorkspace();
    const labour = w.enrolledWith(LABOUR, '5,13-17', '5', 'Flows are recorded monthly.');
    // The drafter's backup after its first bundle: its own numbering stands at 1 there.
    const backup = join(w.dir, 'labour-backup.sqlite');
    labour.db.exec(`VACUUM INTO '${backup}'`);

    w.answer(labour.db, '13', 'Two bilateral agreements.', LABOUR);
    const second = w.exportFrom(labour.db, LABOUR);
    w.answer(labour.db, '14', 'Recruitment agencies are licensed.', LABOUR);
    const third = w.exportFrom(labour.db, LABOUR);
    expect(w.importInto(w.coordinator, third)).toMatchObject({ outcome: 'accepted', sequence: 3, olderThan: null, fastForwarded: ['13', '14'] });
    const revisions = count(w.coordinator, 'SELECT count(*) AS n FROM revision');

    const older = w.importInto(w.coordinator, second);
    expect(older).toMatchObject({ outcome: 'unchanged', reason: null, sequence: 2, olderThan: 3, fastForwarded: [], merged: [], conflicts: [] });
    expect(older.message).toBe('Bundle #2 from Ministry of Labour: older than bundle #3, imported before; everything in it is already here. Nothing changed.');
    expect(count(w.coordinator, 'SELECT count(*) AS n FROM revision')).toBe(revisions);
    // The institutions page still names #3 as Labour's last bundle.
    expect(institutionViews(w.coordinator).find((i) => i.name === LABOUR)?.lastBundle?.sequence).toBe(3);
    expect(text(w.coordinator, '14')).toBe('Recruitment agencies are licensed.');
    expect(w.importInto(w.coordinator, second).message).toMatch(/^Already imported on .*bundle #2 from Ministry of Labour/);

    const restored = openDatabase(backup);
    w.answer(restored, '15', 'Written after the restore.', LABOUR);
    const again = w.importInto(w.coordinator, w.exportFrom(restored, LABOUR));
    expect(again).toMatchObject({ outcome: 'accepted', sequence: 2, olderThan: 3, reusesNumber: false, fastForwarded: ['15'] });
    expect(again.message).toMatch(/^Imported bundle #2 from Ministry of Labour \(older than bundle #3, imported before\)/);
    // Its next bundle takes number 3 again: the same number, not an older bundle.
    w.answer(restored, '16', 'And more after the restore.', LABOUR);
    const same = w.importInto(w.coordinator, w.exportFrom(restored, LABOUR));
    expect(same).toMatchObject({ outcome: 'accepted', sequence: 3, olderThan: null, reusesNumber: true, fastForwarded: ['16'] });
    expect(same.message).toMatch(/^Imported bundle #3 from Ministry of Labour \(its number was taken by another bundle imported before\)/);
    expect(text(w.coordinator, '15')).toBe('Written after the restore.');
    expect(text(w.coordinator, '13')).toBe('Two bilateral agreements.');
    expect(count(w.coordinator, "SELECT last_seq AS n FROM institution_key WHERE state = 'trusted'")).toBe(3);
    restored.close();
  }, 180_000);
});
