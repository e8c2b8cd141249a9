// An inbox's bundles prepared ahead on a second thread (main/core/bundle/prepare.ts): the import
// takes the thread's reading of the bytes (signature, payload, each chunk's verdict, each revision's
// id) and must end exactly where reading them itself ends, for good bundles and forged ones alike.
// The thread is an optimisation only: one that cannot start or fails leaves the import as it was.
import { describe, expect, it } from 'vitest';
import { importBundle, importBundles } from '../../../../main/core/bundle/import';
import { type BundlePreparer, InboxPreparer } from '../../../../main/core/bundle/inbox-preparer';
import { decodePayload } from '../../../../main/core/bundle/payload';
import { type Prepared, fromPrepared, idWasChecked, prepareBundle } from '../../../../main/core/bundle/prepare';
import { unseal } from '../../../../main/core/bundle/container';
import { canonicalDump, twoInstitutionInbox } from './fixture';

const inbox = twoInstitutionInbox;

/** Prepares every bundle on this thread, as the second thread would: the whole prepared path, deterministically. */
const inThread = (used: number[]) => (files: Buffer[]): BundlePreparer => ({
  take: (i) => {
    const m = prepareBundle(i, files[i]);
    if (!m.ok) return null;
    used.push(i);
    return fromPrepared(files[i], m);
  },
  close: () => undefined,
});

const rows = (dump: string, table: string) =>
  (JSON.parse(dump) as Record<string, string[]>)[table].map((r) => ({ ...(JSON.parse(r) as object), origin_key_id: undefined }));

describe('bundles prepared ahead', () => {
  it('read the same payload as the import reads itself, with ids and chunks judged', () => {
    const { a } = inbox();
    const m = prepareBundle(0, a);
    expect(m.ok).toBe(true);
    const p = fromPrepared(a, m as Extract<typeof m, { ok: true }>);
    const own = decodePayload(unseal(a).payload);
    expect(p.payload.revisions).toEqual(own.revisions);
    expect(p.payload.chunks.map((c) => [c.hash, c.json, c.value])).toEqual(own.chunks.map((c) => [c.hash, c.json, c.value]));
    expect(p.payload.revisions.every(idWasChecked)).toBe(true);
    expect(own.revisions.some(idWasChecked)).toBe(false);
    expect(p.unsealed.sig.trustedComment).toBe(unseal(a).sig.trustedComment);
  });

  it('are not taken when the signature fails: the import reads the bundle itself and refuses it', () => {
    const { forged } = inbox();
    expect(prepareBundle(0, forged)).toEqual({ index: 0, ok: false });
  });

  it('import to the same workspace, reports and audit as reading each bundle here', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const files = (x: ReturnType<typeof inbox>) => [{ bytes: x.a, fileName: 'a.tdbundle' }, { bytes: x.forged }, { bytes: x.b }, { bytes: x.a }];
    const used: number[] = [];
    const prepared = inbox();
    const got = importBundles(prepared.w.coordinator, files(prepared), now, inThread(used));
    expect(used).toEqual([0, 2, 3]);
    const plain = inbox();
    const want = importBundles(plain.w.coordinator, files(plain), now, () => null);
    expect(got.map((r) => [r.outcome, r.reason, r.message, r.merged, r.conflicts])).toEqual(want.map((r) => [r.outcome, r.reason, r.message, r.merged, r.conflicts]));
    const [x, y] = [canonicalDump(prepared.w.coordinator), canonicalDump(plain.w.coordinator)];
    for (const table of ['revision', 'chunk', 'answer', 'merge_revision', 'merge_conflict', 'merge_conflict_sides']) {
      expect(rows(x, table), table).toEqual(rows(y, table));
    }
  });

  it('stay a few bundles ahead of the import, and the thread ends when the import has taken them all', async () => {
    const { a, b } = inbox();
    const files = [a, b, a, b, a, b, a, b];
    const thread = InboxPreparer.start(files)!;
    const taken: Array<Prepared | null> = [];
    for (let i = 0; i < files.length; i++) {
      // The import works on the one before meanwhile.
      await new Promise((done) => setTimeout(done, 150));
      taken.push(thread.take(i));
    }
    await thread.finished();
    thread.close();
    for (const [i, t] of taken.entries()) if (t) expect(t.payload.revisions).toEqual(decodePayload(unseal(files[i]).payload).revisions);
  });

  it('come from a real second thread, and a thread that cannot run changes nothing', async () => {
    const { w, a, b, forged } = inbox();
    const files = [a, forged, b];
    const thread = InboxPreparer.start(files)!;
    expect(thread).not.toBeNull();
    // Taking a bundle tells the thread the import reads it itself: wait until it has read them all.
    await thread.finished();
    const taken: Array<Prepared | null> = [thread.take(0), thread.take(1), thread.take(2)];
    thread.close();
    expect(taken.map((t) => t !== null)).toEqual([true, false, true]);
    expect(taken[0]!.payload.revisions).toEqual(decodePayload(unseal(a).payload).revisions);

    // A thread whose code fails, and one that is never started (one file): the bundles are read here.
    const broken = InboxPreparer.start(files, 'throw new Error("broken thread")')!;
    await broken.finished();
    expect([broken.take(0), broken.take(1), broken.take(2)]).toEqual([null, null, null]);
    broken.close();
    expect(InboxPreparer.start([a])).toBeNull();
    const before = canonicalDump(w.coordinator);
    const reports = importBundles(w.coordinator, [{ bytes: a }, { bytes: forged }], w.time.tick(), (f) => InboxPreparer.start(f, 'throw new Error("broken thread")'));
    expect(reports.map((r) => [r.outcome, r.reason])).toEqual([['accepted', null], ['rejected', 'altered']]);
    expect(canonicalDump(w.coordinator)).not.toBe(before);
    expect(importBundle(w.coordinator, a, w.time.tick()).outcome).toBe('unchanged');
  });
});
