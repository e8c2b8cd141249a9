// Writes a parsed list of issues into the workspace as its question tree, and reads the tree back.
import type { HeadingRef, OutlineNode, QuestionDetail } from '../../../shared/api/types';
import type { ParsedLoi, SubItem } from '../../../shared/loi/types';
import { coreError } from '../../../shared/core-messages';
import type { Db } from './database';

export const DEFAULT_WORD_LIMIT = 21_200;
export const INITIAL_REPORT_WORD_LIMIT = 31_800;

export interface NodeRow {
  ref: string;
  parent_ref: string | null;
  kind: OutlineNode['kind'];
  label: string;
  text: string;
  ord: number;
  articles: string;
  refs: string;
  /** Set when a re-import left this question out; it stays because answers or other records hang on it. */
  retired_at?: string | null;
}

export function storeDocument(db: Db, loi: ParsedLoi, now: string, sourceName: string): void {
  db.prepare(
    `INSERT INTO document (id, symbol, committee, state_party, title, language, note, source_name, word_limit, imported_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    loi.document.symbol, loi.document.committee, loi.document.stateParty, loi.document.title,
    loi.document.language, loi.document.note, sourceName, defaultWordLimit(loi), now,
  );
  const insert = db.prepare(
    'INSERT INTO node (ref, parent_ref, kind, label, text, ord, articles, refs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of nodeRowsOf(loi)) insert.run(r.ref, r.parent_ref, r.kind, r.label, r.text, r.ord, r.articles, r.refs);
  storeNotesAndLimits(db, loi);
}

/** 31,800 words for an initial report, 21,200 for a periodic one (General Assembly resolution 68/268). */
export function defaultWordLimit(loi: ParsedLoi): number {
  const initial = loi.document.report
    ? loi.document.report.kind === 'initial'
    : /\binitial\b|первоначальн|initial/iu.test(loi.document.title) && !/periodic|périodique|periódico|периодическ/iu.test(loi.document.title);
  return initial ? INITIAL_REPORT_WORD_LIMIT : DEFAULT_WORD_LIMIT;
}

/** The question tree as node rows in document order: headings h1, h2…, paragraphs "5", items "5a", "30a.ii". */
export function nodeRowsOf(loi: ParsedLoi): NodeRow[] {
  const rows: NodeRow[] = [];
  const push = (r: Omit<NodeRow, 'ord'>) => rows.push({ ...r, ord: rows.length });
  let headingCount = 0;
  // Headings are shared by consecutive paragraphs: a heading node is reused while the chain above it is the same.
  let openChain: Array<{ key: string; ref: string }> = [];
  for (const p of loi.paragraphs) {
    let parent: string | null = null;
    p.headings.forEach((h, depth) => {
      const key = `${h.kind}|${h.label}|${h.title}`;
      if (openChain[depth]?.key === key) {
        parent = openChain[depth].ref;
        return;
      }
      const ref = `h${++headingCount}`;
      push({ ref, parent_ref: parent, kind: h.kind === 'section' ? 'section' : h.kind, label: h.label, text: h.title, articles: JSON.stringify(h.articles ?? []), refs: '[]' });
      openChain = [...openChain.slice(0, depth), { key, ref }];
      parent = ref;
    });
    openChain = openChain.slice(0, p.headings.length);
    push({ ref: p.number, parent_ref: parent, kind: 'paragraph', label: p.number, text: p.text, articles: JSON.stringify(p.articles), refs: JSON.stringify(p.references) });
    const addItems = (items: SubItem[], parentRef: string) => {
      for (const s of items) {
        const ref = parentRef === p.number ? `${p.number}${s.label}` : `${parentRef}.${s.label}`;
        push({ ref, parent_ref: parentRef, kind: 'subitem', label: s.label, text: s.text, articles: '[]', refs: '[]' });
        addItems(s.subitems, ref);
      }
    };
    addItems(p.subitems, p.number);
  }
  return rows;
}

/** Footnotes and stated limits, replaced whole on every import. */
export function storeNotesAndLimits(db: Db, loi: ParsedLoi): void {
  const note = db.prepare('INSERT INTO footnote (marker, text, node_ref) VALUES (?, ?, ?)');
  for (const f of loi.footnotes) note.run(f.marker, f.text, f.paragraph);
  const limit = db.prepare('INSERT INTO limit_rule (scope_kind, scope_ref, unit, value, source) VALUES (?, ?, ?, ?, ?)');
  for (const l of loi.limits) {
    const ref = l.scope.kind === 'section' ? l.scope.label : l.scope.kind === 'paragraph' ? l.scope.number : null;
    limit.run(l.scope.kind, ref, l.unit, l.value, l.source);
  }
}

export function readNodes(db: Db): NodeRow[] {
  return db.prepare('SELECT * FROM node ORDER BY ord').all() as NodeRow[];
}

export function requireNode(db: Db, ref: string): NodeRow {
  const row = db.prepare('SELECT * FROM node WHERE ref = ?').get(ref) as NodeRow | undefined;
  if (!row) throw coreError('workspace.noNode', { ref }, 'not_found');
  return row;
}

export function answerable(node: NodeRow): boolean {
  return node.kind === 'paragraph' || node.kind === 'subitem';
}

/** The paragraph with its sub-items (at any depth) and the footnotes it cites. */
export function readQuestion(db: Db, ref: string): Omit<QuestionDetail, 'answers' | 'assignment' | 'openComments' | 'institutions'> {
  const node = requireNode(db, ref);
  if (node.kind !== 'paragraph') throw coreError('workspace.notParagraph', { ref }, 'not_found');
  const items = db
    .prepare(`WITH RECURSIVE sub(ref) AS (SELECT ref FROM node WHERE parent_ref = ? UNION ALL SELECT n.ref FROM node n JOIN sub ON n.parent_ref = sub.ref)
              SELECT node.* FROM node JOIN sub USING (ref) ORDER BY ord`)
    .all(ref) as NodeRow[];
  const notes = db.prepare('SELECT marker, text FROM footnote WHERE node_ref = ? ORDER BY id').all(ref) as Array<{ marker: string; text: string }>;
  // Structured, not worded: the interface words "Section" in the user's language.
  const chain: HeadingRef[] = [];
  for (let p = node.parent_ref; p; ) {
    const h = requireNode(db, p);
    chain.unshift({ kind: h.kind === 'section' ? 'section' : h.kind === 'articles' ? 'articles' : 'heading', label: h.label, title: h.text, ...(h.ref === 'retired' ? { retired: true } : {}) });
    p = h.parent_ref;
  }
  return {
    ref: node.ref,
    number: node.label,
    text: node.text,
    headings: chain,
    articles: JSON.parse(node.articles) as number[],
    references: JSON.parse(node.refs) as string[],
    subitems: items.map((i) => ({ ref: i.ref, label: i.ref.slice(node.ref.length).replace(/^\./, ''), text: i.text, depth: i.ref.split('.').length, ...(i.retired_at ? { retired: true } : {}) })),
    footnotes: notes,
  };
}
