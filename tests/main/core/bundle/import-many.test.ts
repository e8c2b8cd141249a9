// Several bundles imported together (an inbox): one transaction, but each bundle is still taken or
// refused on its own and reported on its own; the workspace ends as if they had come one by one.
// An unexpected failure part-way leaves none of them in, says so in the audit log, and the files
// import cleanly afterwards.
import { describe, expect, it } from 'vitest';
import { importBundle, importBundles } from '../../../../main/core/bundle/import';
import { trustInstitution } from '../../../../main/core/bundle/trust';
import { COORDINATOR, canonicalDump, reportingWorkspace } from './fixture';

const LABOUR = 'Ministry of Labour';
const INTERIOR = 'Ministry of Internal Affairs';

/** A coordinator with two trusted institutions, each with a bundle for paragraph 5, and a forged copy. */
function inbox() {
  const w = reportingWorkspace();
  w.answer(w.coordinator, '5', 'Flows are recorded.\n\nReturns are recorded.', COORDINATOR);
  const labour = w.joinAs(LABOUR, w.invite(LABOUR, '5'));
  const interior = w.joinAs(INTERIOR, w.invite(INTERIOR, '5'));
  w.answer(labour.db, '5', 'Flows are recorded monthly.\n\nReturns are recorded.', LABOUR);
  w.answer(interior.db, '5', 'Flows are recorded.\n\nReturns are recorded by region.', INTERIOR);
  const a = w.exportFrom(labour.db, LABOUR);
  const b = w.exportFrom(interior.db, INTERIOR);
  // Enrolment as users do it: the first sight of each key is refused, then its fingerprint trusted.
  for (const [bytes, d] of [[a, labour], [b, interior]] as const) {
    expect(w.importInto(w.coordinator, bytes).reason).toBe('unknown_signer');
    trustInstitution(w.coordinator, d.name, d.fingerprint, w.time.tick());
  }
  const forged = Buffer.from(b);
  forged[forged.length - 30] ^= 1;
  const mark = w.coordinator.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
  const audit = () =>
    w.coordinator.prepare("SELECT json_extract(detail, '$.outcome') FROM audit_log WHERE action = 'bundle.import' AND id > ? ORDER BY id").pluck().all(mark);
  return { w, a, b, forged, audit };
}

describe('importBundles', () => {
  it('reports each bundle on its own and ends where imports one by one end', () => {
    const one = inbox();
    const now = one.w.time.tick();
    const reports = importBundles(one.w.coordinator, [{ bytes: one.a, fileName: 'a.tdbundle' }, { bytes: one.forged, fileName: 'forged.tdbundle' }, { bytes: one.b }, { bytes: one.a }], now);
    expect(reports.map((r) => r.outcome)).toEqual(['accepted', 'rejected', 'accepted', 'unchanged']);
    expect(reports[1].reason).toBe('altered');
    expect(reports[2]).toMatchObject({ merged: ['5'] });
    expect(one.audit()).toEqual(['accepted', 'rejected', 'accepted', 'unchanged']);

    const each = inbox();
    for (const bytes of [each.a, each.forged, each.b, each.a]) importBundle(each.w.coordinator, bytes, now);
    // The same revisions, merges, conflicts and texts (ids hash the same content and times); only
    // the signing keys differ, made afresh for each workspace.
    const rows = (dump: string, table: string) =>
      (JSON.parse(dump) as Record<string, string[]>)[table].map((r) => ({ ...(JSON.parse(r) as object), origin_key_id: undefined }));
    const [x, y] = [canonicalDump(one.w.coordinator), canonicalDump(each.w.coordinator)];
    for (const table of ['revision', 'chunk', 'answer', 'merge_revision', 'merge_conflict', 'merge_conflict_sides']) {
      expect(rows(x, table), table).toEqual(rows(y, table));
    }
  });

  it('leaves none of them in when one fails unexpectedly, and they import afterwards', () => {
    const { w, a, b, audit } = inbox();
    const before = canonicalDump(w.coordinator);
    // The second bundle's bookkeeping fails as a full disk would.
    w.coordinator.exec("CREATE TEMP TRIGGER full_disk BEFORE INSERT ON bundle_in WHEN (SELECT count(*) FROM bundle_in) >= 1 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    expect(() => importBundles(w.coordinator, [{ bytes: a, fileName: 'a.tdbundle' }, { bytes: b, fileName: 'b.tdbundle' }], w.time.tick())).toThrow(/disk is full/);
    expect(canonicalDump(w.coordinator)).toBe(before);
    expect(audit()).toEqual(['failed']);
    w.coordinator.exec('DROP TRIGGER full_disk');
    expect(importBundles(w.coordinator, [{ bytes: a }, { bytes: b }], w.time.tick()).map((r) => r.outcome)).toEqual(['accepted', 'accepted']);
  });
});
