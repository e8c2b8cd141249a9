// Lays out the report once for every format: headings that mirror the list of issues, each reply
// introduced by the paragraph it answers, reply paragraphs numbered continuously as UN reports are,
// footnotes and tables numbered in reading order, tables optionally moved to a statistical annex.
import type { AnswerStatus, NodeKind } from '../api/types';
import { type AnswerContent, type BlockElement, type DataTableElement, type InlineNode, inlineText, isList, tables } from '../editor/types';
import { answerWords } from '../text/answer-words';
import { cleanText } from './clean-text';
import { withConflictNotes } from './conflict-notes';
import { itemLabel, refParts } from './refs';
import { REPORT_STRINGS } from './strings';
import type { AnnexTable, ConflictMark, ExportLayout, ReportInline, ReportModel, ReportPart, ReportSettings } from './types';

export interface ModelNode {
  ref: string;
  parentRef: string | null;
  kind: NodeKind;
  label: string;
  text: string;
}

export interface ModelAnswer {
  content: AnswerContent;
  status: AnswerStatus;
}

export interface ModelInput {
  layout: ExportLayout;
  draft: boolean;
  draftNotes: string[];
  settings: ReportSettings;
  document: { committee: string | null; symbol: string | null; stateParty: string | null };
  nodes: ModelNode[];
  answers: ReadonlyMap<string, ModelAnswer>;
  /** The report's word count as the app shows it. */
  words: number;
  /** Open merge conflicts per answer, marked where they show (draft and review copies; a final report has none). */
  conflicts?: ReadonlyMap<string, readonly ConflictMark[]>;
}

/** An answer has substance when it has running text, a footnote or a table (tables carry no words). */
export const hasSubstance = (content: AnswerContent): boolean => answerWords(content) > 0 || tables(content).length > 0;

const answerable = (k: NodeKind) => k === 'paragraph' || k === 'subitem';

function cleanTable(t: DataTableElement): DataTableElement {
  return {
    ...t,
    title: cleanText(t.title), source: cleanText(t.source), period: cleanText(t.period), units: cleanText(t.units), notes: cleanText(t.notes),
    header: t.header.map((row) => row.map(cleanText)),
    rows: t.rows.map((r) => ({ ...r, cells: r.cells.map(cleanText) })),
  };
}

export function buildReportModel(input: ModelInput): ReportModel {
  const s = REPORT_STRINGS[input.settings.language];
  const review = input.layout === 'review';
  const annexMode = input.settings.statisticalAnnex && !review;
  const byRef = new Map(input.nodes.map((n) => [n.ref, n]));
  const substance = new Set([...input.answers].filter(([, a]) => hasSubstance(a.content)).map(([ref]) => ref));
  const subtree = new Set<string>();
  for (const n of input.nodes) {
    if (!substance.has(n.ref)) continue;
    for (let r: string | null = n.ref; r && answerable(byRef.get(r)!.kind); r = byRef.get(r)!.parentRef) subtree.add(r);
  }
  const hasChildren = new Set(input.nodes.map((n) => n.parentRef).filter((r): r is string => r !== null));
  const coveredByParent = (n: ModelNode) => {
    for (let p = n.parentRef; p && answerable(byRef.get(p)!.kind); p = byRef.get(p)!.parentRef) if (substance.has(p)) return true;
    return false;
  };
  const depth = (n: ModelNode) => {
    let d = 0;
    for (let p = n.parentRef; p; p = byRef.get(p)!.parentRef) d++;
    return d;
  };

  const parts: ReportPart[] = [];
  const annex: AnnexTable[] = [];
  let paragraphNo = 0;
  let footnoteNo = 0;
  let tableNo = 0;

  const inlines = (children: readonly InlineNode[]): ReportInline[] =>
    children.flatMap((c): ReportInline[] => {
      if ('text' in c) return c.text ? [{ ...c, text: cleanText(c.text) }] : [];
      if (c.type === 'link') return [{ ...c, url: cleanText(c.url), children: c.children.map((t) => ({ ...t, text: cleanText(t.text) })) }];
      const note = cleanText(c.note).trim();
      return note ? [{ type: 'footnote', note, number: ++footnoteNo }] : [];
    });
  const hasText = (children: readonly InlineNode[]) =>
    inlineText(children).trim().length > 0 || children.some((c) => 'type' in c && c.type === 'footnote' && c.note.trim());

  const emitBlock = (ref: string, block: BlockElement) => {
    const b = block.type === 'data-table' ? cleanTable(block) : block;
    if (b.type === 'data-table') {
      tableNo++;
      if (annexMode) {
        annex.push({ ref, number: tableNo, table: b });
        parts.push({ type: 'table-ref', ref, number: tableNo, title: b.title.trim() });
      } else parts.push({ type: 'table', ref, number: tableNo, table: b });
    } else if (isList(b)) {
      const items = b.children.filter((i) => hasText(i.children)).map((i) => inlines(i.children));
      if (items.length) parts.push({ type: 'list', ref, ordered: b.type === 'numbered-list', items });
    } else if (hasText(b.children)) {
      if (b.type === 'paragraph') parts.push({ type: 'paragraph', ref, number: ++paragraphNo, children: inlines(b.children) });
      else parts.push({ type: 'quote', ref, children: inlines(b.children) });
    }
  };

  for (const n of input.nodes) {
    if (!answerable(n.kind)) {
      const level = Math.min(4, depth(n) + 1) as 1 | 2 | 3 | 4;
      const text =
        n.kind === 'section' ? [s.section(n.label), n.text].filter(Boolean).join('. ') : [n.label && `${n.label}.`, n.text].filter(Boolean).join(' ');
      if (text) parts.push({ type: 'heading', level, text: cleanText(text) });
      continue;
    }
    const answer = input.answers.get(n.ref);
    const own = substance.has(n.ref) ? answer : undefined;
    // The report shows one gap per wholly unanswered paragraph, and omits sub-items its reply covers.
    if (!review && n.kind === 'subitem' && !subtree.has(n.ref) && (!subtree.has(n.parentRef!) || coveredByParent(n))) continue;
    if (n.kind === 'paragraph') {
      parts.push({ type: 'reply-heading', ref: n.ref, text: review ? s.reviewParagraph(n.label) : s.reply(n.label) });
    } else {
      parts.push({ type: 'subitem-heading', ref: n.ref, depth: refParts(n.ref).items.length, text: itemLabel(n.ref) });
    }
    if (review) parts.push({ type: 'question', ref: n.ref, text: cleanText(n.text), status: answer?.status ?? null });
    if (own) {
      for (const seg of withConflictNotes(own.content, input.conflicts?.get(n.ref) ?? [], input.settings.language)) {
        if ('note' in seg) parts.push({ type: 'conflict-note', ref: n.ref, text: cleanText(seg.note) });
        else for (const b of seg.blocks) emitBlock(n.ref, b);
      }
    }
    // A gap is shown where nothing below will answer it either.
    else if (!subtree.has(n.ref) && (review ? !hasChildren.has(n.ref) : true)) parts.push({ type: 'pending', ref: n.ref });
  }

  return {
    layout: input.layout,
    language: input.settings.language,
    draft: input.draft,
    draftNotes: input.draftNotes,
    committee: input.document.committee,
    symbol: input.document.symbol && cleanText(input.document.symbol),
    stateParty: input.document.stateParty && cleanText(input.document.stateParty),
    title: cleanText(input.settings.title),
    dueYear: input.settings.dueYear,
    submittedYear: input.settings.submittedYear,
    parts,
    annex,
    footnotes: footnoteNo,
    tables: tableNo,
    words: input.words,
  };
}
