// Several bundles imported together (an inbox): one transaction, but each bundle is still taken or
// refused on its own and reported on its own; the workspace ends as if they had come one by one
// (its automatic merges are written once, at the end: main/core/revisions/held-merges.ts).
// A bundle that fails unexpectedly is reported with nothing of it kept while the others go on; if
// SQLite gives up the whole transaction, none is in, the audit log says what was undone, and the
// files import cleanly afterwards.
import { describe, expect, it } from 'vitest';
import { importBundle, importBundles } from '../../../../main/core/bundle/import';
import { COORDINATOR, canonicalDump, twoInstitutionInbox } from './fixture';

/** Two trusted institutions' bundles for paragraph 5 and a forged copy, and the audit outcomes written after. */
function inbox() {
  const x = twoInstitutionInbox();
  const mark = x.w.coordinator.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
  const audit = () =>
    x.w.coordinator.prepare("SELECT json_extract(detail, '$.outcome') FROM audit_log WHERE action = 'bundle.import' AND id > ? ORDER BY id").pluck().all(mark);
  return { ...x, audit };
}

describe('importBundles', () => {
  it('reports each bundle on its own and ends where imports one by one end', () => {
    const one = inbox();
    // Labour's second bundle comes last: the merge the third one made is replaced.
    const a2 = one.later();
    const now = one.w.time.tick();
    const reports = importBundles(one.w.coordinator, [{ bytes: one.a, fileName: 'a.tdbundle' }, { bytes: one.forged, fileName: 'forged.tdbundle' }, { bytes: one.b }, { bytes: one.a }, { bytes: a2 }], now);
    expect(reports.map((r) => r.outcome)).toEqual(['accepted', 'rejected', 'accepted', 'unchanged', 'accepted']);
    expect(reports[1].reason).toBe('altered');
    expect(reports[2]).toMatchObject({ merged: ['5'] });
    expect(reports[4]).toMatchObject({ merged: ['5'] });
    expect(one.audit()).toEqual(['accepted', 'rejected', 'accepted', 'unchanged', 'accepted']);

    const each = inbox();
    const each2 = each.later();
    for (const bytes of [each.a, each.forged, each.b, each.a, each2]) importBundle(each.w.coordinator, bytes, now);
    // The same revisions, merges, conflicts and texts (ids hash the same content and times); only
    // the signing keys differ, made afresh for each workspace.
    const rows = (dump: string, table: string) =>
      (JSON.parse(dump) as Record<string, string[]>)[table].map((r) => ({ ...(JSON.parse(r) as object), origin_key_id: undefined }));
    const [x, y] = [canonicalDump(one.w.coordinator), canonicalDump(each.w.coordinator)];
    for (const table of ['revision', 'chunk', 'answer', 'merge_revision', 'merge_conflict', 'merge_conflict_sides']) {
      expect(rows(x, table), table).toEqual(rows(y, table));
    }
  });

  it('reports a bundle that fails unexpectedly, keeps nothing of it, and imports the others', () => {
    const { w, a, b, audit } = inbox();
    // The second bundle's bookkeeping fails as a bug would: that statement is refused, the transaction goes on.
    w.coordinator.exec("CREATE TEMP TRIGGER broken BEFORE INSERT ON bundle_in WHEN (SELECT count(*) FROM bundle_in) >= 1 BEGIN SELECT RAISE(ABORT, 'something broke'); END");
    const reports = importBundles(w.coordinator, [{ bytes: a, fileName: 'a.tdbundle' }, { bytes: b, fileName: 'b.tdbundle' }], w.time.tick());
    expect(reports.map((r) => [r.outcome, r.reason])).toEqual([['accepted', null], ['rejected', 'internal_error']]);
    expect(reports[1].message).toMatch(/^Treaty Desk failed while importing this bundle and kept nothing of it: .*something broke/);
    expect(audit()).toEqual(['accepted', 'failed']);
    // Labour's text is in; nothing of Interior's bundle is (its revision, its bundle record).
    expect(w.coordinator.prepare("SELECT count(*) FROM revision WHERE author = 'Ministry of Internal Affairs'").pluck().get()).toBe(0);
    expect(w.coordinator.prepare("SELECT count(*) FROM revision WHERE author = 'Ministry of Labour'").pluck().get()).toBe(1);
    w.coordinator.exec('DROP TRIGGER broken');
    expect(importBundles(w.coordinator, [{ bytes: a }, { bytes: b }], w.time.tick()).map((r) => r.outcome)).toEqual(['unchanged', 'accepted']);
  });

  it('takes the inbox again bundle by bundle when its merges cannot be written at the end', () => {
    const { w, a, b, audit } = inbox();
    // Writing an automatic merge fails as a bug would; the inbox writes its merges after its last bundle.
    w.coordinator.exec("CREATE TEMP TRIGGER broken BEFORE INSERT ON merge_revision BEGIN SELECT RAISE(ABORT, 'something broke'); END");
    const reports = importBundles(w.coordinator, [{ bytes: a, fileName: 'a.tdbundle' }, { bytes: b, fileName: 'b.tdbundle' }], w.time.tick());
    // Taken again with a savepoint each: the bundle whose merge fails is refused with nothing of it kept.
    expect(reports.map((r) => [r.outcome, r.reason])).toEqual([['accepted', null], ['rejected', 'internal_error']]);
    expect(audit()).toEqual(['accepted', 'failed']);
    expect(w.coordinator.prepare("SELECT count(*) FROM revision WHERE author = 'Ministry of Internal Affairs'").pluck().get()).toBe(0);
    w.coordinator.exec('DROP TRIGGER broken');
    expect(importBundles(w.coordinator, [{ bytes: a }, { bytes: b }], w.time.tick()).map((r) => r.outcome)).toEqual(['unchanged', 'accepted']);
  });

  it('takes the inbox again bundle by bundle when its merges cannot be written before a bundle of its own', () => {
    const { w, a, b } = inbox();
    // The workspace's own bundle, taken back, reads the answers as the file has them: the merges held so far are written first.
    const own = w.exportFrom(w.coordinator, COORDINATOR);
    w.coordinator.exec("CREATE TEMP TRIGGER broken BEFORE INSERT ON merge_revision BEGIN SELECT RAISE(ABORT, 'something broke'); END");
    const reports = importBundles(w.coordinator, [{ bytes: a }, { bytes: b }, { bytes: own }], w.time.tick());
    expect(reports.map((r) => [r.outcome, r.reason])).toEqual([['accepted', null], ['rejected', 'internal_error'], ['unchanged', null]]);
    expect(w.coordinator.prepare("SELECT count(*) FROM revision WHERE author = 'Ministry of Internal Affairs'").pluck().get()).toBe(0);
    expect(w.coordinator.prepare("SELECT count(*) FROM revision r WHERE NOT EXISTS (SELECT 1 FROM merge_revision m WHERE m.revision_id = r.id) AND author LIKE 'Treaty Desk%'").pluck().get()).toBe(0);
  });

  it('leaves none of them in when SQLite gives up the transaction, says what was undone, and they import afterwards', () => {
    const { w, a, b, audit } = inbox();
    const before = canonicalDump(w.coordinator);
    // A full disk: SQLite rolls the whole transaction back.
    w.coordinator.exec("CREATE TEMP TRIGGER full_disk BEFORE INSERT ON bundle_in WHEN (SELECT count(*) FROM bundle_in) >= 1 BEGIN SELECT RAISE(ROLLBACK, 'database or disk is full'); END");
    expect(() => importBundles(w.coordinator, [{ bytes: a, fileName: 'a.tdbundle' }, { bytes: b, fileName: 'b.tdbundle' }, { bytes: a }], w.time.tick())).toThrow(/disk is full/);
    expect(w.coordinator.inTransaction).toBe(false);
    expect(canonicalDump(w.coordinator)).toBe(before);
    expect(audit()).toEqual(['failed', 'failed']);
    const last = JSON.parse(w.coordinator.prepare("SELECT detail FROM audit_log WHERE action = 'bundle.import' ORDER BY id DESC LIMIT 1").pluck().get() as string);
    expect(last).toMatchObject({ outcome: 'failed', undone: [{ file: 'a.tdbundle', outcome: 'accepted' }], notTried: 1 });
    w.coordinator.exec('DROP TRIGGER full_disk');
    expect(importBundles(w.coordinator, [{ bytes: a }, { bytes: b }], w.time.tick()).map((r) => r.outcome)).toEqual(['accepted', 'accepted']);
  });
});
