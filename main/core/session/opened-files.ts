// Files the operating system hands to the app: double-clicking a .tdbundle file starts Treaty Desk
// with the path in its arguments, or (when it already runs) passes them to the running instance.
// They wait here until the window asks for them and opens the bundle import for each.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';

export const BUNDLE_EXTENSION = '.tdbundle';
const MAX_BYTES = 16 * 1024 * 1024;

export interface OpenedFile {
  name: string;
  /** The file's bytes, base64, as bundle.import takes them; null with a reason when it cannot be read. */
  data: string | null;
  problem: string | null;
}

/** The bundle files named in a command line (relative paths are relative to that process's cwd). */
export function bundleFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(BUNDLE_EXTENSION))
    .map((a) => (isAbsolute(a) ? a : resolve(cwd, a)));
}

export class OpenedFiles {
  private queue: string[] = [];

  add(paths: readonly string[]): void {
    for (const p of paths) if (!this.queue.includes(p)) this.queue.push(p);
  }

  /** Reads and removes the waiting files; each one is read once, when the window is ready for it. */
  take(): OpenedFile[] {
    const paths = this.queue;
    this.queue = [];
    return paths.map((path) => {
      const name = basename(path);
      if (!existsSync(path)) return { name, data: null, problem: `${name} is no longer there.` };
      const size = statSync(path).size;
      if (size > MAX_BYTES) return { name, data: null, problem: `${name} is larger than 16 MB and cannot be a bundle.` };
      return { name, data: readFileSync(path).toString('base64'), problem: null };
    });
  }
}
