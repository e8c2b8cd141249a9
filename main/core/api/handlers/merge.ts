// Handlers of the merge domain: the conflict queue, resolving, provenance.
import type { mergeMethods } from '../../../../shared/api/domains/merge';
import type { DomainHandlers } from '../../../../shared/api/methods';
import { coreError } from '../../../../shared/core-messages';
import { type ConflictRow, visibleConflicts } from '../../revisions/conflict-store';
import { conflictView } from '../../revisions/conflict-view';
import { answerProvenance } from '../../revisions/provenance';
import { resolveConflict } from '../../revisions/resolve';
import { requireNode } from '../../store/document-store';
import { readWorkspace } from '../../store/workspace-store';
import type { CoreContext } from '../context';

export const mergeHandlers = (ctx: CoreContext): DomainHandlers<keyof typeof mergeMethods> => {
  const { db } = ctx;
  return {
    'conflict.list': ({ ref }) => {
      if (ref !== undefined) requireNode(db, ref);
      return visibleConflicts(db, ref).map((r) => conflictView(db, r));
    },
    'conflict.get': ({ id }) => {
      const row = db.prepare('SELECT * FROM merge_conflict_full WHERE id = ?').get(id) as ConflictRow | undefined;
      if (!row) throw coreError('workspace.noConflict', { id: id.slice(0, 12) }, 'not_found');
      return conflictView(db, row);
    },
    'conflict.resolve': ({ id, keep, content, value }) => resolveConflict(db, id, { keep, content, value }, readWorkspace(db).institution, ctx.now()),
    'answer.provenance': ({ ref }) => {
      requireNode(db, ref);
      return answerProvenance(db, ref);
    },
  };
};
