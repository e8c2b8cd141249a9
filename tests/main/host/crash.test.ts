// Killing browser mode's host (SIGKILL) in the middle of a stream of autosaves loses nothing that
// was acknowledged: on reopening, integrity_check is ok and every acknowledged save is there.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/store/database';
import { startHost } from '../../helpers/host-process';
import { headContent } from '../../../main/core/store/content-store';

describe('host killed mid-autosave', () => {
  it('keeps every acknowledged save and an intact database', async () => {
    const host = await startHost();
    const acked = new Map<string, number>();
    let stop = false;
    const writer = async (lane: number) => {
      for (let i = 0; !stop; i++) {
        // Each lane owns its refs (odd or even), so saves to one ref are strictly sequential.
        const ref = String(lane === 0 ? (i % 18) * 2 + 1 : (i % 17) * 2 + 2);
        try {
          const res = await fetch(`${host.origin}/api/answer.save`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-treaty-desk-token': host.token },
            body: JSON.stringify({ ref, content: [{ type: 'paragraph', children: [{ text: `lane ${lane} save ${i} ${'word '.repeat(50)}` }] }] }),
          });
          const body = (await res.json()) as { ok: boolean };
          if (body.ok) acked.set(`${ref}`, Math.max(acked.get(ref) ?? -1, i * 10 + lane));
        } catch {
          return; // the host is gone
        }
      }
    };
    const lanes = [writer(0), writer(1)];
    await new Promise((r) => setTimeout(r, 700));
    const exited = new Promise((r) => host.process.once('exit', r));
    host.process.kill('SIGKILL');
    stop = true;
    await Promise.all([exited, ...lanes]);
    expect(acked.size).toBeGreaterThan(10);

    const raw = new Database(host.dbPath);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const db = openDatabase(host.dbPath);
    for (const [ref, code] of acked) {
      const content = headContent(db, ref);
      expect(content, `answer ${ref}`).not.toBeNull();
      const m = /lane (\d) save (\d+)/.exec(JSON.stringify(content))!;
      // The stored text is the acknowledged save or a later one that was also written.
      expect(Number(m[2]) * 10 + Number(m[1])).toBeGreaterThanOrEqual(code);
    }
    db.close();
  });
});
