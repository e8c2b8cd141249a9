// Everything the exporters and the pre-export check read from the workspace, gathered in one place:
// the document, the question tree in the list's order, every answer's current text and status,
// the outline's word counts (the same numbers the app shows) and the open merge conflicts. Questions
// that a re-imported list retired stay in the workspace with their answers but leave the report.
import type { DocumentInfo, Outline } from '../../../shared/api/types';
import { checkReport } from '../../../shared/export/check';
import { type ModelAnswer, type ModelNode, buildReportModel, hasSubstance } from '../../../shared/export/report-model';
import { documentWords } from '../../../shared/export/document-words';
import type { ConflictMark, QuestionChangedItem, ReportCheck, ReportSettingsView } from '../../../shared/export/types';
import { questionTextDiffers } from '../../../shared/loi/question-text';
import { buildOutline } from '../services/outline';
import { readAnswers } from '../store/answer-store';
import type { Db } from '../store/database';
import { readNodes } from '../store/document-store';
import { readDocument } from '../store/workspace-store';
import { type OpenConflict, conflictMarks, openConflictCounts, openConflicts } from './conflicts';
import { readReportSettings } from './settings-store';

export interface ReportSource {
  document: DocumentInfo;
  settings: ReportSettingsView;
  nodes: ModelNode[];
  answers: Map<string, ModelAnswer>;
  outline: Outline;
  conflicts: Array<{ ref: string; count: number }>;
  conflictDetails: OpenConflict[];
  /** Where each open conflict shows in its answer and who wrote each version, for a draft's or review copy's notes. */
  conflictMarks: Map<string, ConflictMark[]>;
  /** Answered questions that a re-imported list reworded, each with the latest import that did. */
  questionChanged: QuestionChangedItem[];
}

/** Questions a re-imported list no longer has (retired, with everything under them) are not part of the report. */
function currentRefs(rows: ReturnType<typeof readNodes>): Set<string> {
  const parent = new Map(rows.map((r) => [r.ref, r.parent_ref]));
  const retired = new Set(rows.filter((r) => r.retired_at).map((r) => r.ref));
  const gone = (ref: string): boolean => {
    for (let r: string | null | undefined = ref; r; r = parent.get(r)) if (retired.has(r)) return true;
    return false;
  };
  return new Set(rows.filter((r) => !gone(r.ref)).map((r) => r.ref));
}

/** Per ref, the latest re-import that reworded the question of an answer it held, in the list's order. */
function rewordedQuestions(db: Db, order: string[]): QuestionChangedItem[] {
  const rows = db
    .prepare(
      `SELECT c.ref, c.before, c.after, i.at, i.source_name FROM question_change c JOIN loi_import i ON i.id = c.import_id
       WHERE c.answered = 1 AND c.change IN ('changed', 'restored') ORDER BY c.import_id`,
    )
    .all() as Array<{ ref: string; before: string | null; after: string | null; at: string; source_name: string }>;
  const latest = new Map<string, QuestionChangedItem>();
  for (const r of rows) if (questionTextDiffers(r.before, r.after)) latest.set(r.ref, { ref: r.ref, importedAt: r.at, source: r.source_name });
  return order.filter((ref) => latest.has(ref)).map((ref) => latest.get(ref)!);
}

/** The outline of the current questions only, its words rolled up again without the retired ones. */
function currentOutline(outline: Outline, current: Set<string>): Outline {
  const nodes = outline.nodes.filter((n) => current.has(n.ref)).map((n) => ({ ...n, words: n.own }));
  const byRef = new Map(nodes.map((n) => [n.ref, n]));
  for (let i = nodes.length - 1; i >= 0; i--) {
    const up = nodes[i].parentRef ? byRef.get(nodes[i].parentRef!) : undefined;
    if (up) up.words += nodes[i].words;
  }
  const total = nodes.reduce((sum, n) => sum + n.own, 0);
  return { ...outline, nodes, budget: { ...outline.budget, total } };
}

export function loadReportSource(db: Db): ReportSource {
  // One read transaction, so that a save landing mid-export cannot mix two states of the workspace.
  return db.transaction(() => {
    const rows = readNodes(db);
    const current = currentRefs(rows);
    const nodes = rows
      .filter((n) => current.has(n.ref))
      .map((n) => ({ ref: n.ref, parentRef: n.parent_ref, kind: n.kind, label: n.label, text: n.text }));
    const refs = nodes.filter((n) => n.kind === 'paragraph' || n.kind === 'subitem').map((n) => n.ref);
    const views = readAnswers(db, refs);
    const answers = new Map(Object.values(views).map((a) => [a.ref, { content: a.content, status: a.status }]));
    return {
      document: readDocument(db),
      settings: readReportSettings(db),
      nodes,
      answers,
      outline: currentOutline(buildOutline(db), current),
      conflicts: openConflictCounts(db).filter((c) => current.has(c.ref)),
      conflictDetails: openConflicts(db, new Map(nodes.map((n, i) => [n.ref, i]))).filter((c) => current.has(c.ref)),
      conflictMarks: conflictMarks(db, new Map([...answers].map(([ref, a]) => [ref, a.content]))),
      questionChanged: rewordedQuestions(db, refs),
    };
  })();
}

export function checkSource(src: ReportSource): ReportCheck {
  const answered = new Set([...src.answers].filter(([, a]) => hasSubstance(a.content)).map(([ref]) => ref));
  // The final report as it would be compiled, counted as Word counts the file.
  const model = buildReportModel({
    layout: 'report', draft: false, draftNotes: [], settings: src.settings, document: src.document, nodes: src.nodes, answers: src.answers, words: src.outline.budget.total,
  });
  return checkReport({
    nodes: src.outline.nodes,
    answered,
    budget: src.outline.budget,
    limits: src.document.limits,
    conflicts: src.conflicts,
    questionChanged: src.questionChanged,
    compiledWords: documentWords(model),
  });
}
