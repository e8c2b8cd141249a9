// Everything the exporters and the pre-export check read from the workspace, gathered in one place:
// the document, the question tree in the list's order, every answer's current text and status,
// the outline's word counts (the same numbers the app shows) and the open merge conflicts.
import type { DocumentInfo, Outline } from '../../../shared/api/types';
import { checkReport } from '../../../shared/export/check';
import { type ModelAnswer, type ModelNode, hasSubstance } from '../../../shared/export/report-model';
import type { ReportCheck, ReportSettingsView } from '../../../shared/export/types';
import { buildOutline } from '../services/outline';
import { readAnswers } from '../store/answer-store';
import type { Db } from '../store/database';
import { readNodes } from '../store/document-store';
import { readDocument } from '../store/workspace-store';
import { type OpenConflict, openConflictCounts, openConflicts } from './conflicts';
import { readReportSettings } from './settings-store';

export interface ReportSource {
  document: DocumentInfo;
  settings: ReportSettingsView;
  nodes: ModelNode[];
  answers: Map<string, ModelAnswer>;
  outline: Outline;
  conflicts: Array<{ ref: string; count: number }>;
  conflictDetails: OpenConflict[];
}

export function loadReportSource(db: Db): ReportSource {
  // One read transaction, so that a save landing mid-export cannot mix two states of the workspace.
  return db.transaction(() => {
    const nodes = readNodes(db).map((n) => ({ ref: n.ref, parentRef: n.parent_ref, kind: n.kind, label: n.label, text: n.text }));
    const refs = nodes.filter((n) => n.kind === 'paragraph' || n.kind === 'subitem').map((n) => n.ref);
    const views = readAnswers(db, refs);
    const answers = new Map(Object.values(views).map((a) => [a.ref, { content: a.content, status: a.status }]));
    return {
      document: readDocument(db),
      settings: readReportSettings(db),
      nodes,
      answers,
      outline: buildOutline(db),
      conflicts: openConflictCounts(db),
      conflictDetails: openConflicts(db, new Map(nodes.map((n, i) => [n.ref, i]))),
    };
  })();
}

export function checkSource(src: ReportSource): ReportCheck {
  const answered = new Set([...src.answers].filter(([, a]) => hasSubstance(a.content)).map(([ref]) => ref));
  return checkReport({
    nodes: src.outline.nodes,
    answered,
    budget: src.outline.budget,
    limits: src.document.limits,
    conflicts: src.conflicts,
  });
}
