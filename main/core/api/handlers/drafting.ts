// Handlers of the drafting domain.
import type { draftingMethods } from '../../../../shared/api/domains/drafting';
import type { DomainHandlers } from '../../../../shared/api/methods';
import { coreError } from '../../../../shared/core-messages';
import { buildDashboard } from '../../services/dashboard';
import { buildOutline } from '../../services/outline';
import { saveAnswer } from '../../store/answer-store';
import { reopenUndone } from '../../revisions/resolve';
import { checkpoint, listRevisions, readRevision } from '../../store/revision-store';
import { search } from '../../store/search-store';
import { addComment, assign, listComments, resolveComment, setStatus } from '../../store/workflow-store';
import { readDocument, readWorkspace, setLimits } from '../../store/workspace-store';
import type { CoreContext } from '../context';

export const draftingHandlers = (ctx: CoreContext): DomainHandlers<keyof typeof draftingMethods> => {
  const { db } = ctx;
  const me = () => readWorkspace(db).institution;
  return {
    'answer.history': ({ ref }) => listRevisions(db, ref),
    'answer.revision': ({ id }) => readRevision(db, id),
    'answer.restore': ({ ref, revision }) => {
      const old = readRevision(db, revision);
      if (old.ref !== ref) throw coreError('workspace.revisionElsewhere', { revision: revision.slice(0, 12), owner: old.ref, ref });
      // A restore is a new revision on top of the current one, so nothing in between is lost; a
      // conflict decided since then whose versions it brings back is open again (resolve.ts).
      const saved = db.transaction(() => {
        const s = saveAnswer(db, ref, old.content, me(), ctx.now(), { coalesce: false });
        checkpoint(db, ref);
        reopenUndone(db, ref, revision, s.revision, me(), ctx.now());
        return s;
      }).immediate();
      return { ref, revision: saved.revision, words: saved.words, budget: buildOutline(db).budget };
    },
    'answer.checkpoint': ({ ref }) => ({ revision: checkpoint(db, ref) }),
    'answer.setStatus': ({ ref, status }) => {
      setStatus(db, ref, status, me(), ctx.now());
      return { ref, status };
    },
    'paragraph.assign': ({ ref, lead, contributors }) => assign(db, ref, lead, contributors, ctx.now()),
    'comment.list': ({ ref }) => listComments(db, ref),
    'comment.add': ({ ref, body }) => addComment(db, ref, me(), body, ctx.now()),
    'comment.resolve': ({ id }) => resolveComment(db, id, ctx.now()),
    'document.setLimits': ({ wordLimit, wordsPerPage }) => {
      setLimits(db, wordLimit, wordsPerPage);
      return readDocument(db);
    },
    'search.query': ({ q, limit }) => search(db, q, limit),
    'dashboard.get': () => buildDashboard(db),
  };
};
