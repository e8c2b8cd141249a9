// The outline and the word budget: answered words rolled up the question tree and set against
// the document's limits (the whole reply, and sections that carry their own page limit).
import type { AnswerStatus, Budget, Outline, OutlineNode, StatusReport } from '../../../shared/api/types';
import type { Db } from '../store/database';
import { answerSummaries } from '../store/answer-store';
import { readNodes } from '../store/document-store';
import { conflictCounts } from '../revisions/conflict-store';
import { readDocument } from '../store/workspace-store';

export function buildOutline(db: Db): Outline {
  const rows = readNodes(db);
  const answers = answerSummaries(db);
  const conflicts = conflictCounts(db);
  const byRef = new Map<string, OutlineNode>();
  const nodes: OutlineNode[] = rows.map((r) => {
    const parent = r.parent_ref ? byRef.get(r.parent_ref) : undefined;
    const a = answers.get(r.ref);
    const node: OutlineNode = {
      retired: Boolean(r.retired_at) || (parent?.retired ?? false),
      ref: r.ref, parentRef: r.parent_ref, kind: r.kind, label: r.label, text: r.text,
      depth: parent ? parent.depth + 1 : 0, words: a?.words ?? 0, own: a?.words ?? 0, filled: a?.filled ?? false, status: a?.status ?? ('not_started' as AnswerStatus),
      conflicts: conflicts.get(r.ref) ?? 0,
    };
    byRef.set(r.ref, node);
    return node;
  });
  // Roll words up: children come after their parents in document order, so walk backwards.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n.parentRef) byRef.get(n.parentRef)!.words += n.words;
    if (n.parentRef && n.conflicts) byRef.get(n.parentRef)!.conflicts! += n.conflicts;
  }
  return { nodes, budget: budgetOf(db, nodes) };
}

export function budgetOf(db: Db, nodes: OutlineNode[]): Budget {
  const doc = readDocument(db);
  // Retired questions keep their answers but are no longer part of the reply.
  const total = nodes.filter((n) => n.parentRef === null && !n.retired).reduce((s, n) => s + n.words, 0);
  const sections = nodes
    .filter((n) => n.kind === 'section')
    .map((s) => ({
      section: s.label,
      label: `Section ${s.label}`,
      words: s.words,
      limit: doc.limits.find((l) => l.scope === 'section' && l.ref === s.label)?.words ?? null,
    }));
  return { total, limit: doc.wordLimit, sections };
}

export function buildStatus(db: Db): StatusReport {
  const outline = buildOutline(db);
  const doc = readDocument(db);
  const paragraphs = outline.nodes.filter((n) => n.kind === 'paragraph' && !n.retired);
  const subitems = outline.nodes.filter((n) => n.kind === 'subitem' && !n.retired);
  const answered = (list: OutlineNode[]) => list.filter((n) => n.filled).length;
  return {
    symbol: doc.symbol,
    title: doc.title,
    paragraphs: paragraphs.length,
    subitems: subitems.length,
    answered: { paragraphs: answered(paragraphs), subitems: answered(subitems) },
    words: {
      total: outline.budget.total,
      limit: outline.budget.limit,
      byRef: Object.fromEntries(outline.nodes.filter((n) => !n.retired && n.own > 0).map((n) => [n.ref, n.own])),
    },
  };
}
