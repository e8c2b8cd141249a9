// The list of issues as an invitation carries it: the document row, the question tree, footnotes
// and limits, copied as they are so that every institution answers exactly the same references.
import type { Db } from '../store/database';
import type { DocumentSnapshot } from './payload';
import { BundleRejected, why } from './rejection';

export function readSnapshot(db: Db): DocumentSnapshot {
  const d = db.prepare('SELECT * FROM document WHERE id = 1').get() as {
    symbol: string | null; committee: string | null; state_party: string | null; title: string; language: string;
    note: string | null; source_name: string | null; word_limit: number; words_per_page: number;
  };
  const nodes = db.prepare('SELECT * FROM node ORDER BY ord').all() as Array<{
    ref: string; parent_ref: string | null; kind: DocumentSnapshot['nodes'][number]['kind']; label: string; text: string; ord: number; articles: string; refs: string; retired_at: string | null;
  }>;
  const footnotes = db.prepare('SELECT marker, text, node_ref FROM footnote ORDER BY id').all() as Array<{ marker: string; text: string; node_ref: string | null }>;
  const limits = db.prepare('SELECT * FROM limit_rule ORDER BY id').all() as Array<{
    scope_kind: 'document' | 'section' | 'paragraph'; scope_ref: string | null; unit: 'words' | 'pages'; value: number; source: string;
  }>;
  return {
    document: {
      symbol: d.symbol, committee: d.committee, stateParty: d.state_party, title: d.title, language: d.language, note: d.note,
      sourceName: d.source_name, wordLimit: d.word_limit, wordsPerPage: d.words_per_page,
    },
    nodes: nodes.map((n) => ({
      ref: n.ref, parentRef: n.parent_ref, kind: n.kind, label: n.label, text: n.text, ord: n.ord,
      articles: JSON.parse(n.articles) as number[], refs: JSON.parse(n.refs) as string[], retiredAt: n.retired_at ?? null,
    })),
    footnotes: footnotes.map((f) => ({ marker: f.marker, text: f.text, nodeRef: f.node_ref })),
    limits: limits.map((l) => ({ scopeKind: l.scope_kind, scopeRef: l.scope_ref, unit: l.unit, value: l.value, source: l.source })),
  };
}

/** Writes the tree into a workspace whose document tables are empty. The caller holds the transaction. */
export function writeSnapshot(db: Db, s: DocumentSnapshot, now: Date): void {
  const d = s.document;
  db.prepare(
    `INSERT INTO document (id, symbol, committee, state_party, title, language, note, source_name, word_limit, words_per_page, imported_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(d.symbol, d.committee, d.stateParty, d.title, d.language, d.note, d.sourceName, d.wordLimit, d.wordsPerPage, now.toISOString());
  const refs = new Set<string>();
  const node = db.prepare('INSERT INTO node (ref, parent_ref, kind, label, text, ord, articles, refs, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const n of [...s.nodes].sort((a, b) => a.ord - b.ord)) {
    // Parents come first in document order; anything else is not a tree this app wrote.
    if (refs.has(n.ref) || (n.parentRef !== null && !refs.has(n.parentRef))) {
      throw new BundleRejected('invalid_content', why('treeBroken', { ref: n.ref }));
    }
    node.run(n.ref, n.parentRef, n.kind, n.label, n.text, n.ord, JSON.stringify(n.articles), JSON.stringify(n.refs), n.retiredAt);
    refs.add(n.ref);
  }
  if (![...s.nodes].some((n) => n.kind === 'paragraph')) throw new BundleRejected('invalid_content', why('noParagraphs', {}));
  const note = db.prepare('INSERT INTO footnote (marker, text, node_ref) VALUES (?, ?, ?)');
  for (const f of s.footnotes) {
    if (f.nodeRef !== null && !refs.has(f.nodeRef)) throw new BundleRejected('invalid_content', why('footnoteMissingParagraph', { ref: f.nodeRef }));
    note.run(f.marker, f.text, f.nodeRef);
  }
  const limit = db.prepare('INSERT INTO limit_rule (scope_kind, scope_ref, unit, value, source) VALUES (?, ?, ?, ?, ?)');
  for (const l of s.limits) limit.run(l.scopeKind, l.scopeRef, l.unit, l.value, l.source);
}
