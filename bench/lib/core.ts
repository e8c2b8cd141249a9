// The benchmark drives the product through its real entry point: a workspace session (as every door
// opens one) and the typed in-process client over its dispatch, with a clock the benchmark sets.
import { join, resolve } from 'node:path';
import type { Api, Args, Method, Returns } from '../../shared/api/methods';
import { localApi } from '../../main/core/api/local-client';
import { type WorkspaceSession, openSession } from '../../main/core/session/workspace-session';

export const repoRoot = resolve(__dirname, '..', '..');
export const seedFile = join(repoRoot, 'seeds', 'CMW_C_KGZ_QPR_2.txt');
export const PASSPHRASE = 'benchmark passphrase 10';
export const COORDINATOR = 'Ministry of Foreign Affairs';
/** Workspaces are dated from here, so that every run stores the same times. */
export const T0 = Date.parse('2026-01-05T09:00:00Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export class Clock {
  constructor(public at: number = T0) {}
  readonly now = () => new Date(this.at);
}

export interface Core {
  session: WorkspaceSession;
  api: Api;
  clock: Clock;
  call<M extends Method>(method: M, arg: Args<M>): Promise<Returns[M]>;
  close(): void;
}

/** Opens (or, with `seed`, creates from the embedded list of issues) a workspace file. */
export function openCore(dbPath: string, o: { clock?: Clock; seed?: boolean; institution?: string; workspaceId?: string } = {}): Core {
  const clock = o.clock ?? new Clock();
  const session = openSession({
    dbPath,
    seedPath: o.seed ? seedFile : undefined,
    institution: o.institution,
    backupDir: `${dbPath}.backups`,
    now: clock.now,
    newId: () => o.workspaceId ?? '00000000-0000-4000-8000-0000000000b1',
    onInternalError: (e) => console.error(e),
  });
  const api = localApi(session.dispatch);
  return {
    session,
    api,
    clock,
    async call(method, arg) {
      const r = await api[method](arg);
      if (!r.ok) throw new Error(`${method}: ${r.error}`);
      return r.value;
    },
    close: () => session.close(),
  };
}
