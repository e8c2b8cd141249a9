// Compiling the report: the pre-export check, then one of three formats (Word, HTML, canonical
// JSON) of the report or of the review copy (the list of issues with the replies interleaved).
// A report that fails the check is only exported when the user asks for a draft, and is marked so.
import { refLabel } from '../../../shared/export/refs';
import { buildReportModel } from '../../../shared/export/report-model';
import { REPORT_STRINGS, formatCount } from '../../../shared/export/strings';
import type { ExportFormat, ExportLayout, ReportCheck, ReportLanguage } from '../../../shared/export/types';
import { coreError } from '../../../shared/core-messages';
import { overLimits } from '../../../shared/core-messages/workspace';
import type { UserError } from '../../../shared/result';
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

interface Problem {
  kind: 'unanswered' | 'conflicts' | 'notApproved' | 'words';
  line: string;
  /** The first paragraph or sub-item this problem concerns, where it names one. */
  first?: string;
}

/** Each kind of problem with the first place it concerns. */
function problemList(check: ReportCheck, language: ReportLanguage): Problem[] {
  const s = REPORT_STRINGS[language];
  const n = (x: number) => formatCount(x, language);
  const blocking = check.unanswered.filter((u) => !u.covered);
  const out: Problem[] = [];
  if (blocking.length) out.push({ kind: 'unanswered', line: s.draftUnanswered(n(blocking.length)), first: blocking[0].ref });
  const conflicts = check.conflicts.reduce((a, c) => a + c.count, 0);
  if (conflicts) out.push({ kind: 'conflicts', line: s.draftConflicts(n(conflicts)), first: check.conflicts[0].ref });
  if (check.notApproved.length) out.push({ kind: 'notApproved', line: s.draftNotApproved(n(check.notApproved.length)), first: check.notApproved[0].ref });
  for (const w of check.words.filter((x) => x.over)) {
    out.push({ kind: 'words', line: s.draftOverLimit(w.scope === 'total' ? (language === 'ru' ? 'Доклад' : 'Report') : s.section(w.scope), n(w.words), n(w.limit)) });
  }
  return out;
}

/** The title page's notes: a draft's problems; a review copy's open conflicts, which it marks in the text. */
function notes(check: ReportCheck, language: ReportLanguage, draft: boolean, layout: ExportLayout): string[] {
  const list = problemList(check, language);
  return (draft ? list : layout === 'review' ? list.filter((p) => p.kind === 'conflicts') : []).map((p) => p.line);
}

/** The refusal of a final export: each problem with the first paragraph it concerns. */
function refusal(check: ReportCheck): UserError {
  const blocking = check.unanswered.filter((u) => !u.covered);
  const label = (list: Array<{ ref: string }>) => (list.length ? refLabel(list[0].ref) : '');
  return coreError(
    'workspace.reportNotReady',
    {
      unanswered: blocking.length,
      unansweredFirst: label(blocking),
      conflicts: check.conflicts.reduce((a, c) => a + c.count, 0),
      conflictsFirst: label(check.conflicts),
      notApproved: check.notApproved.length,
      notApprovedFirst: label(check.notApproved),
      reworded: check.questionChanged.length,
      rewordedFirst: label(check.questionChanged),
      over: overLimits(check.words.filter((w) => w.over)),
    },
    'rejected',
  );
}

export function fileName(src: ReportSource, o: ExportOptions): string {
  const base = (src.document.symbol ?? src.document.stateParty ?? 'report').replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');
  const kind = o.layout === 'review' ? 'review' : o.draft ? 'report-draft' : 'report';
  return `${base}-${kind}.${o.format}`;
}

export async function exportReport(db: Db, o: ExportOptions): Promise<ExportOutcome> {
  const src = loadReportSource(db);
  const check = checkSource(src);
  if (o.layout === 'report' && !check.ready && !o.draft) throw refusal(check);
  const draft = o.layout === 'report' && o.draft;
  const out = (bytes: Buffer): ExportOutcome => ({ fileName: fileName(src, { ...o, draft }), mimeType: MIME[o.format], bytes, draft, check });
  if (o.format === 'json') return out(Buffer.from(renderJson(src, check, draft), 'utf8'));

  const model = buildReportModel({
    layout: o.layout,
    draft,
    draftNotes: notes(check, src.settings.language, draft, o.layout),
    settings: src.settings,
    document: src.document,
    nodes: src.nodes,
    answers: src.answers,
    words: src.outline.budget.total,
    // A draft or review copy marks each open conflict; a final report is refused while any is open.
    conflicts: draft || o.layout === 'review' ? src.conflictMarks : undefined,
  });
  return out(o.format === 'html' ? Buffer.from(renderHtml(model), 'utf8') : await (await import('./docx/render-docx')).renderDocx(model));
}
