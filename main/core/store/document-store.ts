// Writes a parsed list of issues into the workspace as its question tree, and reads the tree back.
import type { OutlineNode, QuestionDetail } from '../../../shared/api/types';
import type { ParsedLoi, SubItem } from '../../../shared/loi/types';
import { UserError } from '../../../shared/result';
import type { Db } from './database';

export const DEFAULT_WORD_LIMIT = 21_200;
export const INITIAL_REPORT_WORD_LIMIT = 31_800;

interface NodeRow {
  ref: string;
  parent_ref: string | null;
  kind: OutlineNode['kind'];
  label: string;
  text: string;
  ord: number;
  articles: string;
  refs: string;
}

export function storeDocument(db: Db, loi: ParsedLoi, now: string, sourceName: string): void {
  const initial = /\binitial\b|первоначальн|initial/iu.test(loi.document.title) && !/periodic|périodique|periódico|периодическ/iu.test(loi.document.title);
  db.prepare(
    `INSERT INTO document (id, symbol, committee, state_party, title, language, note, source_name, word_limit, imported_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    loi.document.symbol, loi.document.committee, loi.document.stateParty, loi.document.title,
    loi.document.language, loi.document.note, sourceName, initial ? INITIAL_REPORT_WORD_LIMIT : DEFAULT_WORD_LIMIT, now,
  );
  const insert = db.prepare(
    'INSERT INTO node (ref, parent_ref, kind, label, text, ord, articles, refs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  let ord = 0;
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
      insert.run(ref, parent, h.kind === 'section' ? 'section' : h.kind, h.label, h.title, ord++, JSON.stringify(h.articles ?? []), '[]');
      openChain = [...openChain.slice(0, depth), { key, ref }];
      parent = ref;
    });
    openChain = openChain.slice(0, p.headings.length);
    insert.run(p.number, parent, 'paragraph', p.number, p.text, ord++, JSON.stringify(p.articles), JSON.stringify(p.references));
    const addItems = (items: SubItem[], parentRef: string) => {
      for (const s of items) {
        const ref = parentRef === p.number ? `${p.number}${s.label}` : `${parentRef}.${s.label}`;
        insert.run(ref, parentRef, 'subitem', s.label, s.text, ord++, '[]', '[]');
        addItems(s.subitems, ref);
      }
    };
    addItems(p.subitems, p.number);
  }
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
  if (!row) throw new UserError(`There is no paragraph or sub-item "${ref}" in this list of issues.`, 'not_found');
  return row;
}

export function answerable(node: NodeRow): boolean {
  return node.kind === 'paragraph' || node.kind === 'subitem';
}

/** The paragraph with its sub-items (at any depth) and the footnotes it cites. */
export function readQuestion(db: Db, ref: string): Omit<QuestionDetail, 'answers' | 'assignment' | 'openComments' | 'institutions'> {
  const node = requireNode(db, ref);
  if (node.kind !== 'paragraph') throw new UserError(`"${ref}" is not a numbered paragraph.`, 'not_found');
  const items = db
    .prepare(`WITH RECURSIVE sub(ref) AS (SELECT ref FROM node WHERE parent_ref = ? UNION ALL SELECT n.ref FROM node n JOIN sub ON n.parent_ref = sub.ref)
              SELECT node.* FROM node JOIN sub USING (ref) ORDER BY ord`)
    .all(ref) as NodeRow[];
  const notes = db.prepare('SELECT marker, text FROM footnote WHERE node_ref = ? ORDER BY id').all(ref) as Array<{ marker: string; text: string }>;
  const chain: string[] = [];
  for (let p = node.parent_ref; p; ) {
    const h = requireNode(db, p);
    chain.unshift([h.kind === 'section' ? `Section ${h.label}` : h.label, h.kind === 'section' ? h.text : h.text].filter(Boolean).join(' ').trim());
    p = h.parent_ref;
  }
  return {
    ref: node.ref,
    number: node.label,
    text: node.text,
    headings: chain,
    articles: JSON.parse(node.articles) as number[],
    references: JSON.parse(node.refs) as string[],
    subitems: items.map((i) => ({ ref: i.ref, label: i.ref.slice(node.ref.length).replace(/^\./, ''), text: i.text, depth: i.ref.split('.').length })),
    footnotes: notes,
  };
}
