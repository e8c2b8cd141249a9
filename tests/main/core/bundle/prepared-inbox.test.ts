// An inbox's bundles prepared ahead on a second thread (main/core/bundle/prepare.ts): the import
// takes the thread's reading of the bytes (signature, payload, each chunk's verdict, each revision's
// id) and must end exactly where reading them itself ends, for good bundles and forged ones alike.
// The thread is an optimisation only: one that cannot start or fails leaves the import as it was.
import { join } from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { importBundle, importBundles } from '../../../../main/core/bundle/import';
import { InboxPreparer } from '../../../../main/core/bundle/inbox-preparer';
import { decodePayload } from '../../../../main/core/bundle/payload';
import { Prepared, type PreparedMessage, idWasChecked, prepareBundle, signerSet } from '../../../../main/core/bundle/prepare';
import { revokeInstitution, rotateOwnKey } from '../../../../main/core/bundle/trust';
import { keysReadFrom } from '../../../../main/core/bundle/verify';
import { ownKeys } from '../../../../main/core/identity/own-keys';
import { unseal } from '../../../../main/core/bundle/container';
import { repoRoot } from '../../../helpers/host-process';
import { canonicalDump, divergentEdits, inThreadPreparer, pass, signedBy, twoInstitutionInbox as inbox } from './fixture';

const rows = (dump: string, table: string) =>
  (JSON.parse(dump) as Record<string, string[]>)[table].map((r) => ({ ...(JSON.parse(r) as object), origin_key_id: undefined }));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('bundles prepared ahead', () => {
  it('read the same payload as the import reads itself, with ids and chunks judged, and only for the bytes checked', () => {
    const { w, a } = inbox();
    const m = prepareBundle(0, a, signerSet(keysReadFrom(w.coordinator)));
    expect(m.ok).toBe(true);
    const p = Prepared.from(a, m as Extract<PreparedMessage, { ok: true }>);
    const own = decodePayload(unseal(a).payload);
    expect(p.payload().revisions).toEqual(own.revisions);
    expect(p.payload().chunks.map((c) => [c.hash, c.json, c.value])).toEqual(own.chunks.map((c) => [c.hash, c.json, c.value]));
    expect(p.payload().revisions.every(idWasChecked)).toBe(true);
    expect(own.revisions.some(idWasChecked)).toBe(false);
    expect(p.sealOf(a)!.sig.trustedComment).toBe(unseal(a).sig.trustedComment);
    // Other bytes, even equal ones, are checked by the import itself.
    expect(p.sealOf(Buffer.from(a))).toBeNull();
  });

  it('are not taken when the signature fails: the import reads the bundle itself and refuses it', () => {
    const { forged } = inbox();
    expect(prepareBundle(0, forged, signerSet(signedBy(forged)))).toEqual({ index: 0, ok: false });
  });

  it('are read only when signed by a key whose bundles the import reads: the others it refuses unread', async () => {
    const { w, a, b } = inbox();
    const keys = keysReadFrom(w.coordinator);
    // Both institutions' trusted keys and the coordinator's own.
    expect(keys).toHaveLength(3);
    expect(keys.some((k) => k.equals(ownKeys(w.coordinator)[0].publicKey))).toBe(true);
    expect(prepareBundle(1, b, signerSet(keys)).ok).toBe(true);
    revokeInstitution(w.coordinator, 'Ministry of Internal Affairs', w.time.tick());
    const now = signerSet(keysReadFrom(w.coordinator));
    expect(prepareBundle(1, b, now)).toEqual({ index: 1, ok: false });
    expect(prepareBundle(0, a, now).ok).toBe(true);

    const thread = InboxPreparer.start([a, b], keysReadFrom(w.coordinator))!;
    await thread.finished();
    expect([thread.take(0) !== null, thread.take(1)]).toEqual([true, null]);
    thread.close();
    const used: number[] = [];
    const reports = importBundles(w.coordinator, [{ bytes: a }, { bytes: b }], w.time.tick(), inThreadPreparer(used));
    expect(used).toEqual([0]);
    expect(reports.map((r) => [r.outcome, r.reason])).toEqual([['accepted', null], ['rejected', 'revoked_key']]);
  });

  it('are read for the workspace’s own current key, not for one it has replaced', () => {
    const { w, labour } = divergentEdits('Flows are recorded.', 'Flows are recorded monthly.', 'Flows are counted.');
    const ownKey = () => ownKeys(labour.db).find((k) => k.retiredAt === null)!.publicKey;
    const before = ownKey();
    // The coordinator's trusted key and the drafter's own.
    const hex = (keys: Buffer[]) => keys.map((k) => k.toString('hex')).sort();
    expect(hex(keysReadFrom(labour.db))).toEqual(hex([before, ownKeys(w.coordinator)[0].publicKey]));
    rotateOwnKey(labour.db, pass(labour.name), pass(labour.name), w.time.tick());
    const after = keysReadFrom(labour.db);
    expect(after.some((k) => k.equals(ownKey()))).toBe(true);
    expect(after.some((k) => k.equals(before))).toBe(false);
    expect(after).toHaveLength(2);
  });

  it('import to the same workspace, reports and audit as reading each bundle here', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const files = (x: ReturnType<typeof inbox>) => [{ bytes: x.a, fileName: 'a.tdbundle' }, { bytes: x.forged }, { bytes: x.b }, { bytes: x.a }];
    const audit = (x: ReturnType<typeof inbox>) =>
      x.w.coordinator.prepare("SELECT json_extract(detail, '$.outcome'), json_extract(detail, '$.reason') FROM audit_log WHERE action = 'bundle.import' ORDER BY id").raw().all();
    const used: number[] = [];
    const prepared = inbox();
    const got = importBundles(prepared.w.coordinator, files(prepared), now, inThreadPreparer(used));
    expect(used).toEqual([0, 2, 3]);
    const plain = inbox();
    const want = importBundles(plain.w.coordinator, files(plain), now, () => null);
    expect(got.map((r) => [r.outcome, r.reason, r.message, r.merged, r.conflicts])).toEqual(want.map((r) => [r.outcome, r.reason, r.message, r.merged, r.conflicts]));
    expect(audit(prepared)).toEqual(audit(plain));
    const [x, y] = [canonicalDump(prepared.w.coordinator), canonicalDump(plain.w.coordinator)];
    for (const table of ['revision', 'chunk', 'answer', 'merge_revision', 'merge_conflict', 'merge_conflict_sides']) {
      expect(rows(x, table), table).toEqual(rows(y, table));
    }
  });

  it('come from a thread that stays at most four bundles ahead of the import and skips those it has passed', { timeout: 60_000 }, async () => {
    const { w, a, b } = inbox();
    const signers = keysReadFrom(w.coordinator).map((k) => k.toString('hex'));
    const { port1, port2 } = new MessageChannel();
    const next = new Int32Array(new SharedArrayBuffer(4));
    const source = join(repoRoot, 'main/core/bundle/prepare-worker.ts');
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)})`, { eval: true });
    const got: number[] = [];
    let ended = false;
    // Past the last file (index 8): the thread says it is done with the inbox.
    const collect = async (count: number, limit = 20_000) => {
      for (let waited = 0; (count === Infinity ? !ended : got.length < count) && waited < limit; waited += 50) {
        await sleep(50);
        for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
          const index = (m.message as PreparedMessage).index;
          if (index === 8) ended = true;
          else got.push(index);
        }
      }
    };
    try {
      worker.postMessage({ files: [a, b, a, b, a, b, a, b].map((f) => new Uint8Array(f)), signers, port: port2, next }, [port2]);
      await collect(4);
      // It waits there: no fifth comes.
      await collect(5, 1_000);
      expect(got).toEqual([0, 1, 2, 3]);
      // The import reaches bundle 6: the thread goes on from there.
      Atomics.store(next, 0, 6);
      Atomics.notify(next, 0);
      await collect(6);
      expect(got).toEqual([0, 1, 2, 3, 6, 7]);
      await collect(Infinity);
      expect(ended).toBe(true);
      expect(got).toEqual([0, 1, 2, 3, 6, 7]);
    } finally {
      await worker.terminate();
    }
  });

  it('come from a real second thread, and a thread that cannot run changes nothing', async () => {
    const { w, a, b, forged } = inbox();
    const files = [a, forged, b];
    const keys = keysReadFrom(w.coordinator);
    const thread = InboxPreparer.start(files, keys)!;
    expect(thread).not.toBeNull();
    // Taking a bundle tells the thread the import reads it itself: wait until it has read them all.
    await thread.finished();
    const taken = [thread.take(0), thread.take(1), thread.take(2)];
    thread.close();
    expect(taken.map((t) => t !== null)).toEqual([true, false, true]);
    expect(taken[0]!.payload().revisions).toEqual(decodePayload(unseal(a).payload).revisions);
    // The thread is kept for the next inbox, which it prepares as well.
    const again = InboxPreparer.start([b, a], keys)!;
    expect(again.threadId).toBe(thread.threadId);
    await again.finished();
    expect([again.take(0), again.take(1)].map((t) => t?.payload().revisions)).toEqual([b, a].map((f) => decodePayload(unseal(f).payload).revisions));
    again.close();
    // Closed before the thread is done with it (the import read the rest itself): not kept, and waiting for it ends.
    const busy = InboxPreparer.start([a, b, a, b, a, b, a, b], keys)!;
    expect(busy.threadId).toBe(thread.threadId);
    busy.close();
    await busy.finished();
    const fresh = InboxPreparer.start([a, b], keys)!;
    expect(fresh.threadId).not.toBe(thread.threadId);
    fresh.close();

    // A thread whose code fails, and one that is never started (one file): the bundles are read here.
    const broken = InboxPreparer.start(files, keys, 'throw new Error("broken thread")')!;
    await broken.finished();
    expect([broken.take(0), broken.take(1), broken.take(2)]).toEqual([null, null, null]);
    broken.close();
    expect(InboxPreparer.start([a], keys)).toBeNull();
    const before = canonicalDump(w.coordinator);
    const reports = importBundles(w.coordinator, [{ bytes: a }, { bytes: forged }], w.time.tick(), (f, k) => InboxPreparer.start(f, k, 'throw new Error("broken thread")'));
    expect(reports.map((r) => [r.outcome, r.reason])).toEqual([['accepted', null], ['rejected', 'altered']]);
    expect(canonicalDump(w.coordinator)).not.toBe(before);
    expect(importBundle(w.coordinator, a, w.time.tick()).outcome).toBe('unchanged');
  });
});
