// Handlers of the report domain: title-page settings, the pre-export check and the export. Each
// export is written to the audit log with the file's hash, so the coordinator can later tell which
// compiled file was the one submitted.
import { createHash } from 'node:crypto';
import type { reportMethods } from '../../../../shared/api/domains/report';
import type { DomainHandlers } from '../../../../shared/api/methods';
import { exportReport, reportCheck } from '../../export/export-report';
import { readReportSettings, saveReportSettings } from '../../export/settings-store';
import { audit, readWorkspace } from '../../store/workspace-store';
import type { CoreContext } from '../context';

export const reportHandlers = (ctx: CoreContext): DomainHandlers<keyof typeof reportMethods> => {
  const { db } = ctx;
  return {
    'report.getSettings': () => readReportSettings(db),
    'report.saveSettings': (settings) => saveReportSettings(db, settings, readWorkspace(db).institution, ctx.now()),
    'report.check': () => reportCheck(db),
    'report.export': async (o) => {
      const r = await exportReport(db, o);
      const sha256 = createHash('sha256').update(r.bytes).digest('hex');
      audit(db, ctx.now(), readWorkspace(db).institution, 'report.export', { ...o, draft: r.draft, fileName: r.fileName, bytes: r.bytes.length, sha256 });
      return { fileName: r.fileName, mimeType: r.mimeType, base64: r.bytes.toString('base64'), bytes: r.bytes.length, draft: r.draft, conflicts: r.check.conflicts };
    },
  };
};
