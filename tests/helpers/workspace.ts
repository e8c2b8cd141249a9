// Builds workspaces for core tests: in a temp file, seeded from the Kyrgyzstan list of issues.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatch } from '../../main/core/api/dispatch';
import { createHandlers } from '../../main/core/api/handlers/index';
import { localApi } from '../../main/core/api/local-client';
import { type Db, openDatabase } from '../../main/core/store/database';
import { initWorkspace } from '../../main/core/services/workspace';
import { openSession } from '../../main/core/session/workspace-session';
import { repoRoot, tempDir } from './host-process';

export const seedText = readFileSync(join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt'), 'utf8');

export function seededDb(path = join(tempDir(), 'ws.sqlite'), institution = 'Ministry of Labour'): Db {
  const db = openDatabase(path);
  initWorkspace(db, {
    loiText: seedText, sourceName: 'CMW_C_KGZ_QPR_2.txt', institution, role: 'coordinator',
    now: new Date('2026-01-05T09:00:00Z'), workspaceId: '00000000-0000-4000-8000-000000000001',
  });
  return db;
}

/** A dispatch over a seeded workspace with a clock the test moves by hand. */
export function seededCore(start = '2026-01-05T09:00:00Z') {
  const db = seededDb();
  let now = new Date(start);
  const dispatch = createDispatch(createHandlers({ db, now: () => now }), (e) => {
    throw e;
  });
  return { db, dispatch, api: localApi(dispatch), advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

/** A session (what the doors open) on a workspace file in `dir` seeded on first open, with a clock the test moves. */
export function seededSession(dir = tempDir(), start = '2026-03-01T08:00:00Z') {
  let now = new Date(start);
  const dbPath = join(dir, 'ws.sqlite');
  const s = openSession({ dbPath, seedPath: join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt'), now: () => now });
  return { s, api: localApi(s.dispatch), dir, dbPath, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

export const para = (...texts: string[]) => texts.map((t) => ({ type: 'paragraph' as const, children: [{ text: t }] }));

/** The value of a core call, or the test fails with its one-line error. */
export const ok = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
