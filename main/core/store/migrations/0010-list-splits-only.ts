// Until this version a list item unit of a stored conflict side carried `first: true` whenever it
// began a list; now `first` marks only a split (a list right after a list of the same kind), and a
// split is part of a unit's merge key, so that a merge never silently joins two lists. Stored sides
// are rewritten to the new meaning, so that their conflicts are still found in the answer's text:
// an item that begins a side, or follows anything but an item of its own kind, was the start of a
// list after a paragraph (a side beginning with a split cannot be told apart; the usual case wins).
import type { Migration } from './types';

interface StoredItem {
  kind: string;
  list?: string;
  first?: boolean;
}

function splitsOnly(json: string): string {
  const units = JSON.parse(json) as StoredItem[];
  if (!Array.isArray(units)) return json;
  let changed = false;
  const out = units.map((u, i) => {
    if (u?.kind !== 'item' || u.first !== true) return u;
    const prev = units[i - 1];
    if (prev?.kind === 'item' && prev.list === u.list) return u;
    changed = true;
    return { ...u, first: false };
  });
  return changed ? JSON.stringify(out) : json;
}

export const listSplitsOnly: Migration = {
  version: 10,
  name: 'list-splits-only',
  up(db) {
    const rows = db.prepare("SELECT s.id, s.base, s.side_a, s.side_b FROM merge_conflict_sides s JOIN merge_conflict c ON c.id = s.id WHERE c.kind = 'blocks'").all() as Array<{
      id: string; base: string; side_a: string; side_b: string;
    }>;
    const update = db.prepare('UPDATE merge_conflict_sides SET base = ?, side_a = ?, side_b = ? WHERE id = ?');
    for (const r of rows) {
      const next = [splitsOnly(r.base), splitsOnly(r.side_a), splitsOnly(r.side_b)];
      if (next[0] !== r.base || next[1] !== r.side_a || next[2] !== r.side_b) update.run(...next, r.id);
    }
  },
};
