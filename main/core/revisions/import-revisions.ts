// Applies verified incoming revisions (from a bundle) to the workspace: known ones change nothing,
// descendants of the local text fast-forward, divergent ones merge three-way against the common
// ancestor with conflicts kept side by side. Each paragraph is all-or-nothing; runs inside the
// caller's transaction (as a savepoint) or its own.
import { answerContentSchema } from '../../../shared/editor/schema';
import { stmt } from './statements';
import type { AnswerContent } from '../../../shared/editor/types';
import { type ImportSummary, emptySummary } from '../../../shared/merge/summary';
import { answerWords } from '../../../shared/text/answer-words';
import { revisionId } from '../store/answer-store';
import type { Db } from '../store/database';
import { RevisionGraph } from './graph';
import { type Validated, validateParagraph } from './validate-incoming';
import { settleHeads } from './settle';

export type { ImportSummary };

export interface IncomingRevision {
  id: string;
  nodeRef: string;
  parents: string[];
  /** The answer content as it was hashed: the id covers JSON.stringify(content). */
  content: unknown;
  author: string;
  createdAt: string;
}

/** Who sent the revisions: the bundle's verified signer. */
export interface Sender {
  institution: string;
  signerKeyId: string;
  receivedAt: string;
}

export function importRevisions(db: Db, incoming: readonly IncomingRevision[], from: Sender): ImportSummary {
  return db.transaction(() => {
    const summary = emptySummary();
    const graph = new RevisionGraph(db);
    const byRef = new Map<string, IncomingRevision[]>();
    for (const r of incoming) {
      const ref = typeof r?.nodeRef === 'string' ? r.nodeRef : '';
      byRef.set(ref, [...(byRef.get(ref) ?? []), r]);
    }
    const insert = stmt(db, 'INSERT INTO revision (id, node_ref, parents, content, words, author, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const origin = stmt(db, 'INSERT OR IGNORE INTO revision_origin (revision_id, institution, signer_key_id, received_at) VALUES (?, ?, ?, ?)');
    for (const [ref, revs] of byRef) {
      const checked = validateParagraph(db, ref, revs);
      if ('reason' in checked) {
        summary.rejected.push({ ref: ref || '(none)', reason: checked.reason });
        continue;
      }
      if (checked.fresh.length === 0) {
        summary.unchanged.push(ref);
        continue;
      }
      for (const r of checked.fresh) {
        insert.run(r.id, ref, JSON.stringify(r.parents), r.json, answerWords(r.content), r.author, r.createdAt, from.receivedAt);
        origin.run(r.id, from.institution, from.signerKeyId, from.receivedAt);
        graph.add(r.id, r.parents, r.content, r.createdAt);
      }
      const outcome = settleHeads(db, graph, ref, incomingHeads(checked), from.receivedAt, new Set(checked.fresh.flatMap((r) => r.parents)));
      summary[outcome].push(ref);
    }
    return sortSummary(db, summary);
  })();
}

/** The new revisions that no other new revision names as a parent: the heads that arrive. */
function incomingHeads(v: Validated): string[] {
  const named = new Set(v.fresh.flatMap((r) => r.parents));
  return v.fresh.filter((r) => !named.has(r.id)).map((r) => r.id);
}

function sortSummary(db: Db, s: ImportSummary): ImportSummary {
  const ord = new Map((stmt(db, 'SELECT ref, ord FROM node').all() as Array<{ ref: string; ord: number }>).map((n) => [n.ref, n.ord]));
  const by = (x: string, y: string) => (ord.get(x) ?? Infinity) - (ord.get(y) ?? Infinity) || x.localeCompare(y);
  return {
    fastForwarded: s.fastForwarded.sort(by),
    merged: s.merged.sort(by),
    conflicts: s.conflicts.sort(by),
    unchanged: s.unchanged.sort(by),
    rejected: s.rejected.sort((x, y) => by(x.ref, y.ref)),
  };
}

/** Recomputes an incoming revision's id; exported for the bundle reader's own checks. */
export const incomingId = (r: Pick<IncomingRevision, 'nodeRef' | 'parents' | 'content' | 'author' | 'createdAt'>): string =>
  revisionId(r.nodeRef, r.parents, JSON.stringify(r.content), r.author, r.createdAt);

export const isAnswerContent = (c: unknown): c is AnswerContent => answerContentSchema.safeParse(c).success;
