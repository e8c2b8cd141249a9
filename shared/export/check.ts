// The pre-export check: what stands between the workspace and a report the secretariat accepts.
// Pure, over the outline the app already shows, so the check and the status bar never disagree.
import type { Budget, LimitInfo, OutlineNode } from '../api/types';
import type { QuestionChangedItem, ReportCheck, UnansweredItem, WordLimitLine } from './types';

export interface CheckInput {
  nodes: OutlineNode[];
  /** Refs whose own answer has substance: running text, a footnote or a table (tables carry no words). */
  answered: ReadonlySet<string>;
  budget: Budget;
  limits: LimitInfo[];
  conflicts: Array<{ ref: string; count: number }>;
  /** Answered questions a re-import reworded (the latest such import per ref), whatever their status now. */
  questionChanged?: QuestionChangedItem[];
  /** The words of the report as compiled (document-words.ts); the budget's total when not known. */
  compiledWords?: number;
}

const answerable = (n: OutlineNode) => n.kind === 'paragraph' || n.kind === 'subitem';

export function checkReport({ nodes, answered, budget, limits, conflicts, questionChanged = [], compiledWords }: CheckInput): ReportCheck {
  const byRef = new Map(nodes.map((n) => [n.ref, n]));
  const descendants = new Map<string, number>();
  // A paragraph or sub-item counts as answered when it or anything below it has a reply.
  const inSubtree = new Set<string>();
  for (const n of nodes) {
    const own = answered.has(n.ref);
    if (own) inSubtree.add(n.ref);
    for (let p = n.parentRef; p && answerable(byRef.get(p)!); p = byRef.get(p)!.parentRef) {
      descendants.set(p, (descendants.get(p) ?? 0) + 1);
      if (own) inSubtree.add(p);
    }
  }

  const unanswered: UnansweredItem[] = [];
  for (const n of nodes) {
    if (!answerable(n) || inSubtree.has(n.ref)) continue;
    const parent = n.parentRef ? byRef.get(n.parentRef) : undefined;
    // A wholly unanswered paragraph is listed once, not with each of its sub-items.
    if (parent && answerable(parent) && !inSubtree.has(parent.ref)) continue;
    let covered = false;
    for (let p = parent; p && answerable(p); p = p.parentRef ? byRef.get(p.parentRef) : undefined) covered ||= answered.has(p.ref);
    unanswered.push({ ref: n.ref, kind: n.kind === 'paragraph' ? 'paragraph' : 'subitem', subitems: descendants.get(n.ref) ?? 0, covered });
  }

  const notApproved = nodes
    .filter((n) => answerable(n) && answered.has(n.ref) && n.status !== 'approved')
    .map((n) => ({ ref: n.ref, status: n.status }));
  // Approving the answer again is what says someone read it against its new question.
  const unapproved = new Set(notApproved.map((n) => n.ref));
  const reworded = questionChanged.filter((q) => unapproved.has(q.ref));

  const words: WordLimitLine[] = [{ scope: 'total', words: budget.total, limit: budget.limit, over: budget.total > budget.limit }];
  for (const s of nodes.filter((n) => n.kind === 'section')) {
    const limit = limits.find((l) => l.scope === 'section' && l.ref === s.label);
    if (limit) words.push({ scope: s.label, words: s.words, limit: limit.words, over: s.words > limit.words });
  }

  const openConflicts = conflicts.filter((c) => c.count > 0);
  const ready =
    unanswered.every((u) => u.covered) && openConflicts.length === 0 && notApproved.length === 0 && words.every((w) => !w.over);
  const compiled = { words: compiledWords ?? budget.total, limit: budget.limit, over: (compiledWords ?? budget.total) > budget.limit };
  return { unanswered, conflicts: openConflicts, notApproved, questionChanged: reworded, words, compiled, ready };
}
