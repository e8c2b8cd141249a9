// A stored conflict as the queue shows it: the common ancestor, this workspace's side ("mine") and
// the incoming side ("theirs") as the answer reads now, each with its writers and plain text for
// the word-level difference.
import type { ConflictSide, ConflictView } from '../../../shared/api/domains/merge';
import { stmt } from './statements';
import { type AnswerContent, isTable, plainText } from '../../../shared/editor/types';
import { type Unit, fromUnits } from '../../../shared/merge/units';
import { blockConflictLocator } from '../../../shared/merge/merge-content';
import { parseKey } from '../../../shared/merge/table-keys';
import { loadContent } from '../store/content-store';
import type { Db } from '../store/database';
import { authorshipReader } from './authorship';
import { type ConflictRow, rowConflict, shownIn, stoodIn } from './conflict-store';

/** A row or column value (JSON) in words: its cells, in order. */
function valueText(v: string | null): string {
  if (v === null) return '';
  if (!v.startsWith('{')) return v;
  try {
    const o = JSON.parse(v) as { cells?: Record<string, string> };
    return Object.values(o.cells ?? {}).join(' | ');
  } catch {
    return v;
  }
}

function tablePlace(content: AnswerContent | null, tableId: string, key: string): ConflictView['table'] {
  const all = content?.filter(isTable) ?? [];
  const t = all.find((b) => b.id === tableId);
  const named = { id: tableId, title: t?.title ?? '', number: t ? all.indexOf(t) + 1 : 0 };
  const k = parseKey(key);
  const rowLabel = (id: string) => t?.rows.find((r) => r.id === id)?.cells[0] || id;
  const colLabel = (id: string) => {
    const i = t?.columns.findIndex((c) => c.id === id) ?? -1;
    return (i >= 0 ? t?.header[t.header.length - 1]?.[i] : '') || id;
  };
  if (!k) return { ...named, place: 'meta', field: key, row: null, column: null, cell: null };
  if (k.at === 'meta') return { ...named, place: 'meta', field: k.field, row: null, column: null, cell: null };
  const at = k.at === 'cell' ? { row: t?.rows.findIndex((r) => r.id === k.row) ?? -1, column: t?.columns.findIndex((c) => c.id === k.column) ?? -1 } : null;
  return {
    ...named, place: k.at, field: key,
    row: 'row' in k ? rowLabel(k.row) : null, column: 'column' in k ? colLabel(k.column) : null,
    cell: k.at === 'cell' && at && at.row >= 0 && at.column >= 0 ? { rowId: k.row, columnId: k.column, ...at } : null,
  };
}

/** "30a.ii" as the list of issues cites it: "30 (a) (ii)". */
const citeRef = (ref: string): string => {
  const m = /^(\d+)([a-z]{1,2})?((?:\.[a-z]+)*)$/.exec(ref);
  if (!m) return ref;
  return [m[1], ...(m[2] ? [`(${m[2]})`] : []), ...m[3].split('.').filter(Boolean).map((x) => `(${x})`)].join(' ');
};

export function conflictView(db: Db, r: ConflictRow): ConflictView {
  const who = authorshipReader(db);
  const c = rowConflict(r);
  const head = stmt(db, 'SELECT r.blocks FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = ?').get(r.node_ref) as
    | { blocks: string }
    | undefined;
  const content = head ? loadContent(db, head.blocks) : null;
  const node = stmt(db, 'SELECT label, kind FROM node WHERE ref = ?').get(r.node_ref) as { label: string; kind: string } | undefined;
  // A sub-item is named with its paragraph, as the list of issues cites it: "5 (a)".
  const label = !node || node.kind !== 'subitem' ? (node?.label ?? r.node_ref) : citeRef(r.node_ref);
  const side = (units: Unit[] | string | null, heads: string[]): ConflictSide => {
    if (c.kind === 'blocks') {
      const list = units as Unit[];
      const blocks = list.length > 0 ? fromUnits(list) : null;
      return { content: blocks, value: null, text: blocks ? plainText(blocks) : '', from: heads.map(who) };
    }
    const v = units as string | null;
    return { content: null, value: v, text: valueText(v), from: heads.map(who) };
  };
  // Each version as the answer reads now: one may have been corrected in place since the merge.
  const now = c.kind === 'blocks' && content ? blockConflictLocator(content)(c, stoodIn(db, r.found_in)) : null;
  const a = side(now ? now.a : c.a, JSON.parse(r.heads_a) as string[]);
  const b = side(now ? now.b : c.b, JSON.parse(r.heads_b) as string[]);
  return {
    id: r.id, ref: r.node_ref, label, kind: r.kind,
    table: c.kind === 'table' ? tablePlace(content, c.table, c.key) : null,
    foundAt: r.found_at,
    // A block conflict shows where it was just located; a table conflict where its cell still reads so.
    open: r.state === 'open' && content !== null && (c.kind === 'blocks' ? now !== null : shownIn(db, content, r)),
    edited: now?.edited ?? false,
    ancestor: side(c.base, []),
    mine: r.mine === 'a' ? a : b,
    theirs: r.mine === 'a' ? b : a,
  };
}
