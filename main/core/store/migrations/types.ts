// A schema step: applied once, in order, inside the same transaction as the version bump.
import type { Db } from '../database';

export interface Migration {
  version: number;
  name: string;
  /** SQL, or a function for a step that must rewrite rows (it runs inside the same transaction). */
  up: string | ((db: Db) => void);
}
