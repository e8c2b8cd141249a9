// Puts a table at the end of an answer as a new save of that answer, for the CLI: the same path
// every edit takes (saveAnswer: a revision addressed by its content hash), validated like any save.
import { answerContentSchema } from '../../../shared/editor/schema';
import { type AnswerContent, type DataTableElement, emptyContent } from '../../../shared/editor/types';
import { describeIssues } from '../../../shared/api/validate';
import { coreError } from '../../../shared/core-messages';
import { readAnswers, saveAnswer, type SaveOutcome } from '../store/answer-store';
import type { Db } from '../store/database';

export function appendTable(db: Db, ref: string, table: DataTableElement, author: string, now: Date): SaveOutcome {
  return db.transaction(() => {
    const current = readAnswers(db, [ref])[ref]?.content ?? emptyContent();
    // An answer that is still one empty paragraph gets the table in place of it.
    const blank = current.length === 1 && current[0].type === 'paragraph' && JSON.stringify(current[0].children) === '[{"text":""}]';
    const taken = new Set(current.flatMap((b) => (b.type === 'data-table' ? [b.id] : [])));
    if (taken.has(table.id)) throw coreError('workspace.tableIdTaken', { id: table.id }, 'conflict');
    const next: AnswerContent = [...(blank ? [] : current), table];
    const parsed = answerContentSchema.safeParse(next);
    if (!parsed.success) throw coreError('workspace.tableInvalid', { reason: describeIssues(parsed.error) });
    return saveAnswer(db, ref, parsed.data, author, now);
  }).immediate();
}
