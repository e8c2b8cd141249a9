// Handlers of the questions-and-answers domain.
import type { AnswerStatus } from '../../../../shared/api/types';
import type { answerMethods } from '../../../../shared/api/domains/answers';
import type { DomainHandlers } from '../../../../shared/api/methods';
import { buildOutline } from '../../services/outline';
import { readAnswers } from '../../store/answer-store';
import { saveOnBase } from '../../revisions/save-on-base';
import { readQuestion } from '../../store/document-store';
import { knownInstitutions, openCommentCounts, readAssignment } from '../../store/workflow-store';
import { readWorkspace } from '../../store/workspace-store';
import type { CoreContext } from '../context';

export const answerHandlers = (ctx: CoreContext): DomainHandlers<keyof typeof answerMethods> => {
  const { db } = ctx;
  return {
    'question.get': ({ ref }) => {
      const q = readQuestion(db, ref);
      const refs = [q.ref, ...q.subitems.map((s) => s.ref)];
      const open = openCommentCounts(db);
      return {
        ...q,
        answers: readAnswers(db, refs),
        assignment: readAssignment(db, q.ref),
        openComments: Object.fromEntries(refs.filter((r) => open.has(r)).map((r) => [r, open.get(r)!])),
        institutions: knownInstitutions(db),
      };
    },
    'answer.save': ({ ref, content, base, baseParents }) => {
      const author = readWorkspace(db).institution;
      const saved = saveOnBase(db, ref, content, author, ctx.now(), base, baseParents);
      const { status } = db.prepare('SELECT status FROM answer WHERE node_ref = ?').get(ref) as { status: AnswerStatus };
      return { ref, revision: saved.revision, words: saved.words, budget: buildOutline(db).budget, merged: saved.merged, own: saved.own, status };
    },
  };
};
