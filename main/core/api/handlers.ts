// The core's implementation of the API contract: one function per method, over one open workspace.
import type { Handlers } from '../../../shared/api/methods';
import type { Db } from '../store/database';
import { readAnswers, saveAnswer } from '../store/answer-store';
import { readQuestion } from '../store/document-store';
import { readWorkspace } from '../store/workspace-store';
import { buildOutline, buildStatus } from '../services/outline';

export interface CoreContext {
  db: Db;
  /** Injected by the door so that the core is deterministic under test. */
  now: () => Date;
}

export function createHandlers(ctx: CoreContext): Handlers {
  const { db } = ctx;
  return {
    'workspace.info': () => readWorkspace(db),
    'outline.get': () => buildOutline(db),
    'question.get': ({ ref }) => {
      const q = readQuestion(db, ref);
      return { ...q, answers: readAnswers(db, [q.ref, ...q.subitems.map((s) => s.ref)]) };
    },
    'answer.save': ({ ref, content }) => {
      const author = readWorkspace(db).institution;
      const saved = saveAnswer(db, ref, content, author, ctx.now());
      return { ref, revision: saved.revision, words: saved.words, budget: buildOutline(db).budget };
    },
    'status.get': () => buildStatus(db),
  } satisfies Handlers;
}
