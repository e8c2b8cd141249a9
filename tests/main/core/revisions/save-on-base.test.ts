// An editor's save names the revision it edited; when the answer moved on meanwhile (a bundle
// imported by the CLI into the same file, another window), the save merges with it instead of
// silently undoing it. A save on the current head stays an ordinary save.
import { describe, expect, it } from 'vitest';
import { visibleConflicts } from '../../../../main/core/revisions/conflict-store';
import { saveOnBase } from '../../../../main/core/revisions/save-on-base';
import { readAnswers } from '../../../../main/core/store/answer-store';
import { loadContent } from '../../../../main/core/store/content-store';
import type { Db } from '../../../../main/core/store/database';
import { contentFromPlainText, plainText } from '../../../../shared/editor/types';
import { COORDINATOR, reportingWorkspace } from '../bundle/fixture';

const LABOUR = 'Ministry of Labour';
const text = (db: Db, ref = '5') => plainText(readAnswers(db, [ref])[ref].content);
const head = (db: Db, ref = '5') => readAnswers(db, [ref])[ref].revision!;
const revisionText = (db: Db, id: string) => plainText(loadContent(db, (db.prepare('SELECT blocks FROM revision WHERE id = ?').get(id) as { blocks: string }).blocks));
const count = (db: Db) => (db.prepare('SELECT count(*) AS n FROM revision').get() as { n: number }).n;

/** The coordinator's editor has paragraph 5 open on `base`; then Labour's bundle, adding a paragraph, is imported. */
function openedThenImported() {
  const w = reportingWorkspace();
  const labour = w.joinAs(LABOUR, w.invite(LABOUR, '5'));
  w.answer(w.coordinator, '5', 'Coordinator: first paragraph.\n\nCoordinator: second paragraph.', COORDINATOR);
  w.importInto(labour.db, w.exportFrom(w.coordinator, COORDINATOR));
  w.answer(labour.db, '5', 'Coordinator: first paragraph.\n\nCoordinator: second paragraph.\n\nLabour: 1,204 inspections in 2025.', LABOUR);
  const base = head(w.coordinator);
  expect(w.enroll(labour, w.exportFrom(labour.db, LABOUR)).outcome).toBe('accepted');
  expect(text(w.coordinator)).toContain('1,204');
  return { w, base };
}

describe('saving on a base the answer has moved past', () => {
  it('merges the editor’s text with an import made meanwhile: both changes stay', () => {
    const { w, base } = openedThenImported();
    const editor = 'Coordinator: first paragraph, revised.\n\nCoordinator: second paragraph.';
    const saved = saveOnBase(w.coordinator, '5', contentFromPlainText(editor), COORDINATOR, w.time.tick(), base);
    expect(saved).toMatchObject({ merged: true, changed: true });
    expect(text(w.coordinator)).toBe('Coordinator: first paragraph, revised.\nCoordinator: second paragraph.\nLabour: 1,204 inspections in 2025.');
    expect(head(w.coordinator)).toBe(saved.revision);
    // The editor's own text stands as a revision of its own, on its base.
    expect(revisionText(w.coordinator, saved.own)).toBe('Coordinator: first paragraph, revised.\nCoordinator: second paragraph.');
    expect(JSON.parse((w.coordinator.prepare('SELECT parents FROM revision WHERE id = ?').get(saved.own) as { parents: string }).parents)).toEqual([base]);
    expect(visibleConflicts(w.coordinator, '5')).toHaveLength(0);
  });

  it('keeps both versions as a conflict when the editor and the import changed the same paragraph', () => {
    const { w, base } = openedThenImported();
    w.answer(w.coordinator, '6', 'unrelated', COORDINATOR);
    const editor = 'Coordinator: first paragraph.\n\nCoordinator: second paragraph.\n\nCoordinator: 1,190 inspections.';
    const saved = saveOnBase(w.coordinator, '5', contentFromPlainText(editor), COORDINATOR, w.time.tick(), base);
    expect(saved.merged).toBe(true);
    expect(text(w.coordinator)).toContain('1,204');
    expect(text(w.coordinator)).toContain('1,190');
    const open = visibleConflicts(w.coordinator, '5');
    expect(open).toHaveLength(1);
    // The editor's text is this workspace's own side ("mine").
    expect(open[0].mine).toBe(JSON.parse(open[0].heads_a).includes(saved.own) ? 'a' : 'b');
  });

  it('goes on merging while the editor keeps typing before it reloads (its base is its own last text)', () => {
    const { w, base } = openedThenImported();
    const first = saveOnBase(w.coordinator, '5', contentFromPlainText('Coordinator: first paragraph, revised.\n\nCoordinator: second paragraph.'), COORDINATOR, w.time.tick(), base);
    const second = saveOnBase(w.coordinator, '5', contentFromPlainText('Coordinator: first paragraph, revised twice.\n\nCoordinator: second paragraph.'), COORDINATOR, w.time.tick(), first.own);
    expect(second.merged).toBe(true);
    expect(text(w.coordinator)).toBe('Coordinator: first paragraph, revised twice.\nCoordinator: second paragraph.\nLabour: 1,204 inspections in 2025.');
  });

  it('rebuilds the automatic merge the editor loaded when a later import removed it, and merges cleanly', () => {
    const w = reportingWorkspace();
    const INTERIOR = 'Ministry of Internal Affairs';
    const [labour, interior] = [LABOUR, INTERIOR].map((name) => w.joinAs(name, w.invite(name, '5')));
    w.answer(w.coordinator, '5', 'Flows are recorded.\n\nBy the migration service.\n\nEvery year.', COORDINATOR);
    const sent = w.exportFrom(w.coordinator, COORDINATOR);
    for (const d of [labour, interior]) w.importInto(d.db, sent);
    w.answer(labour.db, '5', 'Flows are recorded monthly.\n\nBy the migration service.\n\nEvery year.', LABOUR);
    w.answer(interior.db, '5', 'Flows are recorded.\n\nBy the migration service.\n\nEvery year since 2019.', INTERIOR);
    for (const d of [labour, interior]) expect(w.enroll(d, w.exportFrom(d.db, d.name)).outcome).toBe('accepted');
    // The coordinator's window loads the automatic merge of the two.
    const loaded = readAnswers(w.coordinator, ['5'])['5'];
    expect(loaded.parents).toHaveLength(2);
    // Labour's second bundle moves the answer to a new merge; the loaded one is removed.
    w.answer(labour.db, '5', 'Flows are recorded monthly.\n\nBy the migration service.\n\nEvery year.\n\nLabour adds: 1,204 inspections.', LABOUR);
    expect(w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR)).outcome).toBe('accepted');
    expect(w.coordinator.prepare('SELECT 1 FROM revision WHERE id = ?').get(loaded.revision)).toBeUndefined();

    const editor = 'Flows are recorded monthly.\n\nBy the migration service. Checked.\n\nEvery year since 2019.';
    const saved = saveOnBase(w.coordinator, '5', contentFromPlainText(editor), COORDINATOR, w.time.tick(), loaded.revision, loaded.parents);
    expect(saved.merged).toBe(true);
    expect(text(w.coordinator)).toBe('Flows are recorded monthly.\nBy the migration service. Checked.\nEvery year since 2019.\nLabour adds: 1,204 inspections.');
    expect(visibleConflicts(w.coordinator, '5')).toHaveLength(0);
    // Heads that do not rebuild the base's id are not taken for it: both texts are kept instead.
    const wrong = saveOnBase(w.coordinator, '5', contentFromPlainText('Another window.'), COORDINATOR, w.time.tick(), 'e'.repeat(64), loaded.parents);
    expect(wrong.merged).toBe(true);
    expect(text(w.coordinator)).toContain('Another window.');
    expect(text(w.coordinator)).toContain('Labour adds: 1,204 inspections.');
  });

  it('merges two windows on one answer when the first one’s save replaced (coalesced) the shared base', () => {
    const { w } = openedThenImported();
    saveOnBase(w.coordinator, '5', contentFromPlainText('Para one.\n\nPara two.\n\nPara three.'), COORDINATOR, w.time.tick(10 * 60_000), head(w.coordinator));
    // H0, ten minutes later (its own revision), is what both windows load, with its parents.
    saveOnBase(w.coordinator, '5', contentFromPlainText('Para one.\n\nPara two.\n\nPara three, revised.'), COORDINATOR, w.time.tick(10 * 60_000), head(w.coordinator));
    const loaded = readAnswers(w.coordinator, ['5'])['5'];
    // Window A saves a minute later: same author, so its text replaces H0 instead of adding a revision.
    const a = saveOnBase(w.coordinator, '5', contentFromPlainText('Para one, by A.\n\nPara two.\n\nPara three, revised.'), COORDINATOR, w.time.tick(), loaded.revision, loaded.parents);
    expect(w.coordinator.prepare('SELECT 1 FROM revision WHERE id = ?').get(loaded.revision)).toBeUndefined();
    expect(a.merged).toBe(false);
    // Window B still holds H0: its text meets A's at H0's parent, and each one's change is kept once.
    const b = saveOnBase(w.coordinator, '5', contentFromPlainText('Para one.\n\nPara two, by B.\n\nPara three, revised.'), COORDINATOR, w.time.tick(), loaded.revision, loaded.parents);
    expect(b.merged).toBe(true);
    expect(text(w.coordinator)).toBe('Para one, by A.\nPara two, by B.\nPara three, revised.');
    expect(visibleConflicts(w.coordinator, '5')).toHaveLength(0);
  });

  it('merges two windows on an answer’s first text: that text stays, so the second window’s save meets the first one’s later typing at it', () => {
    const { w } = openedThenImported();
    const ref = '7';
    // Window A writes the answer's first text; window B opens the paragraph and loads it.
    const first = saveOnBase(w.coordinator, ref, contentFromPlainText('Para one.\n\nPara two.'), COORDINATOR, w.time.tick(), null);
    const loaded = readAnswers(w.coordinator, [ref])[ref];
    expect(loaded.revision).toBe(first.revision);
    // A goes on typing a minute later: same author, yet the first text is not replaced (coalesced).
    const a = saveOnBase(w.coordinator, ref, contentFromPlainText('Para one, by A.\n\nPara two.'), COORDINATOR, w.time.tick(), first.revision);
    expect(a.revision).not.toBe(first.revision);
    expect(w.coordinator.prepare('SELECT 1 FROM revision WHERE id = ?').get(first.revision)).toBeDefined();
    // A's next save within minutes does coalesce with its second revision, as saves always did.
    const a2 = saveOnBase(w.coordinator, ref, contentFromPlainText('Para one, by A.\n\nPara two.\n\nPara three, by A.'), COORDINATOR, w.time.tick(), a.revision);
    expect(w.coordinator.prepare('SELECT 1 FROM revision WHERE id = ?').get(a.revision)).toBeUndefined();
    expect(JSON.parse((w.coordinator.prepare('SELECT parents FROM revision WHERE id = ?').get(a2.revision) as { parents: string }).parents)).toEqual([first.revision]);
    const b = saveOnBase(w.coordinator, ref, contentFromPlainText('Para one.\n\nPara two, by B.'), COORDINATOR, w.time.tick(), loaded.revision, loaded.parents);
    expect(b).toMatchObject({ merged: true, changed: true });
    expect(text(w.coordinator, ref)).toBe('Para one, by A.\nPara two, by B.\nPara three, by A.');
    expect(visibleConflicts(w.coordinator, ref)).toHaveLength(0);
    // B types on before it reloads: its next save builds on its own revision, and nothing doubles.
    const again = saveOnBase(w.coordinator, ref, contentFromPlainText('Para one.\n\nPara two, by B, checked.'), COORDINATOR, w.time.tick(), b.own);
    expect(again.merged).toBe(true);
    expect(text(w.coordinator, ref)).toBe('Para one, by A.\nPara two, by B, checked.\nPara three, by A.');
    expect(visibleConflicts(w.coordinator, ref)).toHaveLength(0);
  });

  it('keeps the two versions of the paragraph both windows changed as one conflict, not the whole texts', () => {
    const { w } = openedThenImported();
    const ref = '7';
    const first = saveOnBase(w.coordinator, ref, contentFromPlainText('Para one.\n\nPara two.'), COORDINATOR, w.time.tick(), null);
    const loaded = readAnswers(w.coordinator, [ref])[ref];
    saveOnBase(w.coordinator, ref, contentFromPlainText('Para one, by A.\n\nPara two.'), COORDINATOR, w.time.tick(), first.revision);
    const b = saveOnBase(w.coordinator, ref, contentFromPlainText('Para one, by B.\n\nPara two.'), COORDINATOR, w.time.tick(), loaded.revision, loaded.parents);
    expect(b.merged).toBe(true);
    expect(text(w.coordinator, ref)).toBe('Para one, by A.\nPara one, by B.\nPara two.');
    expect(visibleConflicts(w.coordinator, ref)).toHaveLength(1);
  });

  it('takes no revision of another answer for a base, and refuses a heading', () => {
    const { w } = openedThenImported();
    w.answer(w.coordinator, '6', 'Paragraph six.', COORDINATOR);
    const other = head(w.coordinator, '6');
    saveOnBase(w.coordinator, '5', contentFromPlainText('Written on paragraph six.'), COORDINATOR, w.time.tick(), other, [other]);
    expect(text(w.coordinator)).toContain('1,204');
    expect(text(w.coordinator)).toContain('Written on paragraph six.');
    const own = w.coordinator.prepare("SELECT parents FROM revision WHERE node_ref = '5' AND author = ? ORDER BY saved_at DESC, rowid DESC LIMIT 1").get(COORDINATOR) as { parents: string };
    expect(JSON.parse(own.parents)).toEqual([]);
    const heading = (w.coordinator.prepare("SELECT ref FROM node WHERE kind NOT IN ('paragraph', 'subitem') LIMIT 1").get() as { ref: string }).ref;
    expect(() => saveOnBase(w.coordinator, heading, contentFromPlainText('x'), COORDINATOR, w.time.tick(), other)).toThrow(/is a heading/);
  });

  it('keeps both texts when the base is gone from the file', () => {
    const { w } = openedThenImported();
    const gone = 'f'.repeat(64);
    saveOnBase(w.coordinator, '5', contentFromPlainText('Written on a text that is gone.'), COORDINATOR, w.time.tick(), gone);
    expect(text(w.coordinator)).toContain('1,204');
    expect(text(w.coordinator)).toContain('Written on a text that is gone.');
  });

  it('is an ordinary save on the current head: consecutive saves coalesce as before', () => {
    const { w } = openedThenImported();
    const before = count(w.coordinator);
    const a = saveOnBase(w.coordinator, '5', contentFromPlainText('One.'), COORDINATOR, w.time.tick(1000), head(w.coordinator));
    expect(a).toMatchObject({ merged: false, own: a.revision });
    const b = saveOnBase(w.coordinator, '5', contentFromPlainText('One. Two.'), COORDINATOR, w.time.tick(1000), a.own);
    expect(b.merged).toBe(false);
    expect(text(w.coordinator)).toBe('One. Two.');
    expect(count(w.coordinator)).toBe(before + 1);
  });

  it('replaces the answer when no base is given (the CLI’s deliberate overwrite)', () => {
    const { w } = openedThenImported();
    saveOnBase(w.coordinator, '5', contentFromPlainText('Replaced.'), COORDINATOR, w.time.tick(), undefined);
    expect(text(w.coordinator)).toBe('Replaced.');
  });

  it('starts an answer that had none when the base is null', () => {
    const { w } = openedThenImported();
    const r = saveOnBase(w.coordinator, '7', contentFromPlainText('New answer.'), COORDINATOR, w.time.tick(), null);
    expect(r.merged).toBe(false);
    expect(text(w.coordinator, '7')).toBe('New answer.');
  });
});
