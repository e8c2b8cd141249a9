// The canonical JSON export: paragraph -> answer blocks, the tables with their report numbers, the
// word counts and the open conflicts. No timestamps, ids of this workspace, authors or workflow
// state, so two workspaces holding the same replies give byte-identical files.
import type { AnswerContent } from '../../../shared/editor/types';
import { tables } from '../../../shared/editor/types';
import { type Json, canonicalJson } from '../../../shared/export/canonical-json';
import { hasSubstance } from '../../../shared/export/report-model';
import type { ReportCheck } from '../../../shared/export/types';
import type { ReportSource } from './report-source';

export const JSON_FORMAT = 'treaty-desk/report';
export const JSON_VERSION = 1;

export function renderJson(src: ReportSource, check: ReportCheck, draft: boolean): string {
  const answerable = src.nodes.filter((n) => n.kind === 'paragraph' || n.kind === 'subitem');
  const paragraphOf = new Map<string, string>();
  for (const n of answerable) paragraphOf.set(n.ref, n.kind === 'paragraph' ? n.ref : paragraphOf.get(n.parentRef!)!);

  const paragraphs: Json[] = [];
  const tableIndex: Json[] = [];
  let tableNo = 0;
  for (const n of answerable) {
    const a = src.answers.get(n.ref);
    const content: AnswerContent | null = a && hasSubstance(a.content) ? a.content : null;
    if (n.kind === 'paragraph') paragraphs.push({ paragraph: n.ref, question: n.text, answers: [] });
    const entry = paragraphs[paragraphs.length - 1] as { answers: Json[] };
    if (content) {
      entry.answers.push({ ref: n.ref, blocks: content as unknown as Json });
      for (const t of tables(content)) {
        tableIndex.push({ number: ++tableNo, ref: n.ref, id: t.id, title: t.title, rows: t.rows.length, columns: t.columns.length });
      }
    }
  }

  return canonicalJson({
    format: JSON_FORMAT,
    version: JSON_VERSION,
    draft,
    document: {
      symbol: src.document.symbol,
      committee: src.document.committee,
      stateParty: src.document.stateParty,
      listTitle: src.document.title,
      language: src.document.language,
    },
    report: {
      title: src.settings.title,
      dueYear: src.settings.dueYear,
      submittedYear: src.settings.submittedYear,
      language: src.settings.language,
      statisticalAnnex: src.settings.statisticalAnnex,
    },
    words: check.words.map((w) => ({ scope: w.scope, words: w.words, limit: w.limit })),
    paragraphs,
    tables: tableIndex,
    conflicts: src.conflictDetails.map((c) => ({ ref: c.ref, kind: c.kind, table: c.table, field: c.field, sides: c.sides })),
  });
}
