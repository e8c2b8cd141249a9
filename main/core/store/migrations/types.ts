// A schema step: applied once, in order, inside the same transaction as the version bump.
export interface Migration {
  version: number;
  name: string;
  up: string;
}
