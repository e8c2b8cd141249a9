// Handlers of the tables domain: file import (nothing stored) and appending a table to an answer.
import type { tableMethods } from '../../../../shared/api/domains/tables';
import type { DomainHandlers } from '../../../../shared/api/methods';
import { randomIds } from '../../../../shared/tables/ids';
import { buildOutline } from '../../services/outline';
import { readWorkspace } from '../../store/workspace-store';
import { appendTable } from '../../tables/append';
import { importTableFile } from '../../tables/import-file';
import type { CoreContext } from '../context';

export const tableHandlers = (ctx: CoreContext): DomainHandlers<keyof typeof tableMethods> => {
  const { db } = ctx;
  const ids = randomIds();
  return {
    'table.import': ({ fileName, data, encoding, sheet, ...meta }) =>
      importTableFile({ fileName, bytes: Buffer.from(data, 'base64'), encoding, sheet, meta }, ids),
    'table.append': ({ ref, table }) => {
      const saved = appendTable(db, ref, table, readWorkspace(db).institution, ctx.now());
      return { ref, revision: saved.revision, words: saved.words, budget: buildOutline(db).budget, tableId: table.id };
    },
  };
};
