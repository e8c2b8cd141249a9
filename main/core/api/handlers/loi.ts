// Handlers of the list-of-issues domain: preview a file, plan and commit an import.
import type { loiMethods } from '../../../../shared/api/domains/loi';
import type { DomainHandlers } from '../../../../shared/api/methods';
import { readLoiBytes } from '../../import/read-loi';
import { applyImport, planImport } from '../../import/reimport';
import { readWorkspace } from '../../store/workspace-store';
import type { CoreContext } from '../context';

export const loiHandlers = (ctx: CoreContext): DomainHandlers<keyof typeof loiMethods> => {
  const { db } = ctx;
  return {
    'loi.read': async ({ fileName, data }) => {
      const { format, loi } = await readLoiBytes(new Uint8Array(Buffer.from(data, 'base64')), fileName);
      return { fileName, format, loi, plan: planImport(db, loi) };
    },
    'loi.plan': ({ loi }) => planImport(db, loi),
    'loi.commit': ({ loi, sourceName }) => applyImport(db, loi, { now: ctx.now(), actor: readWorkspace(db).institution, sourceName }),
  };
};
