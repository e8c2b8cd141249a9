// The shape of a CLI command: a name, one line of help, and a function that returns an exit code.
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run: (argv: string[], io: Io) => Promise<number> | number;
}

/** Exit codes: 0 done, 1 refused or failed (with a one-line reason), 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A text on one line for a listing: spaces folded, "(empty)" for none, cut at `max` characters. */
export function excerpt(text: string, max = 70): string {
  const t = text.replace(/\s+/g, ' ').trim() || '(empty)';
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}
