// What every handler gets from the door that opened the workspace.
import type { Db } from '../store/database';

export interface CoreContext {
  db: Db;
  /** Injected by the door so that the core is deterministic under test. */
  now: () => Date;
}
