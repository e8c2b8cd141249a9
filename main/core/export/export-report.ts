// Compiling the report: the pre-export check, then one of three formats (Word, HTML, canonical
// JSON) of the report or of the review copy (the list of issues with the replies interleaved).
// A report that fails the check is only exported when the user asks for a draft, and is marked so.
import { refLabel } from '../../../shared/export/refs';
import { buildReportModel } from '../../../shared/export/report-model';
import { REPORT_STRINGS, formatCount } from '../../../shared/export/strings';
import type { ExportFormat, ExportLayout, ReportCheck, ReportLanguage } from '../../../shared/export/types';
import { UserError } from '../../../shared/result';
import type { Db } from '../store/database';
import { type ReportSource, checkSource, loadReportSource } from './report-source';
import { renderHtml } from './render-html';
import { renderJson } from './render-json';

export const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
};

export interface ExportOptions {
  format: ExportFormat;
  layout: ExportLayout;
  /** Export even though the check fails; the document is then marked as a draft. */
  draft: boolean;
}

export interface ExportOutcome {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  draft: boolean;
  check: ReportCheck;
}

export function reportCheck(db: Db): ReportCheck {
  return checkSource(loadReportSource(db));
}

/** One line per kind of problem, for the draft's title page and for the refusal message. */
export function problems(check: ReportCheck, language: ReportLanguage): string[] {
  const s = REPORT_STRINGS[language];
  const n = (x: number) => formatCount(x, language);
  const blocking = check.unanswered.filter((u) => !u.covered);
  const out: string[] = [];
  if (blocking.length) out.push(s.draftUnanswered(n(blocking.length)));
  const conflicts = check.conflicts.reduce((a, c) => a + c.count, 0);
  if (conflicts) out.push(s.draftConflicts(n(conflicts)));
  if (check.notApproved.length) out.push(s.draftNotApproved(n(check.notApproved.length)));
  for (const w of check.words.filter((x) => x.over)) {
    out.push(s.draftOverLimit(w.scope === 'total' ? (language === 'ru' ? 'Доклад' : 'Report') : s.section(w.scope), n(w.words), n(w.limit)));
  }
  return out;
}

export function fileName(src: ReportSource, o: ExportOptions): string {
  const base = (src.document.symbol ?? src.document.stateParty ?? 'report').replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');
  const kind = o.layout === 'review' ? 'review' : o.draft ? 'report-draft' : 'report';
  return `${base}-${kind}.${o.format}`;
}

export async function exportReport(db: Db, o: ExportOptions): Promise<ExportOutcome> {
  const src = loadReportSource(db);
  const check = checkSource(src);
  if (o.layout === 'report' && !check.ready && !o.draft) {
    const first = check.unanswered.find((u) => !u.covered);
    const hint = first ? ` (first: paragraph ${refLabel(first.ref)})` : '';
    throw new UserError(`The report is not ready: ${problems(check, 'en').join('; ')}${hint}. Resolve these, or export it as a draft.`, 'rejected');
  }
  const draft = o.layout === 'report' && o.draft;
  const out = (bytes: Buffer): ExportOutcome => ({ fileName: fileName(src, { ...o, draft }), mimeType: MIME[o.format], bytes, draft, check });
  if (o.format === 'json') return out(Buffer.from(renderJson(src, check, draft), 'utf8'));

  const model = buildReportModel({
    layout: o.layout,
    draft,
    draftNotes: draft ? problems(check, src.settings.language) : [],
    settings: src.settings,
    document: src.document,
    nodes: src.nodes,
    answers: src.answers,
    words: src.outline.budget.total,
  });
  return out(o.format === 'html' ? Buffer.from(renderHtml(model), 'utf8') : await (await import('./docx/render-docx')).renderDocx(model));
}
