// A table shell's row names read straight from its JSON text. A shell is mostly its row names
// (25 rows: 1.7 of 2.6 KB), and the import checks thousands of shells per inbox: parsing each whole
// made as many strings as it has rows, only to look each up once. The thread that prepares a bundle
// (main/core/bundle/prepare.ts) parses each shell anyway; it finds where its "rows" value stands,
// written exactly as JSON writes those names, and the import then slices the names out there and
// parses only the rest.
import type { DataTableElement } from '../../../shared/editor/types';

/** A hash in quotes and the comma after it: one row name's place in the array's text. */
const STEP = 67;

/** Where the array `rows`, as JSON writes it, stands as the "rows" value in `json`; 0 when it does not. */
export function rowsTextAt(json: string, rows: readonly string[]): number {
  const at = json.lastIndexOf(`"rows":[${rows.map((r) => `"${r}"`).join(',')}]`);
  return at < 0 ? 0 : at + '"rows":'.length;
}

/** A table shell without its row names. */
export type ShellRest = Readonly<Omit<DataTableElement, 'rows'>>;

/**
 * Reads shells' texts around their row names, parsing what stands around them once: the versions
 * of one table differ in their rows alone, while its title, header and columns (20 of them: most of
 * what parsing a shell costs) stay as they were. Parsed values are shared: never change them.
 */
export class ShellReader {
  private readonly rests = new Map<string, ShellRest>();

  /** A shell without its row names, and the names, from its text with the names' array at `at` (rowsTextAt); null if it is not there. */
  read(json: string, at: number): { rest: ShellRest; rows: string[] } | null {
    const end = json.indexOf(']', at);
    if (json[at] !== '[' || end < 0) return null;
    const count = end === at + 1 ? 0 : (end - at) / STEP;
    if (!Number.isInteger(count)) return null;
    const rows = new Array<string>(count);
    for (let i = 0, from = at + 1; i < count; i++, from += STEP) {
      // Each name in quotes, then a comma or the end: the array as JSON writes it, nothing else.
      if (json[from] !== '"' || json[from + 65] !== '"' || json[from + 66] !== (i === count - 1 ? ']' : ',')) return null;
      rows[i] = json.slice(from + 1, from + 65);
    }
    const text = `${json.slice(0, at)}[]${json.slice(end + 1)}`;
    let rest = this.rests.get(text);
    if (!rest) {
      rest = JSON.parse(text) as ShellRest;
      // One import's shells: a few dozen tables, each read again and again.
      if (this.rests.size >= 1000) this.rests.clear();
      this.rests.set(text, rest);
    }
    return { rest, rows };
  }
}
