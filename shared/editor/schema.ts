// Boundary validation of answer content: the only shape of rich text the core accepts, with limits
// that keep a hostile or broken payload from reaching the store.
import { z } from 'zod';
import { CONTENT_HASH, isContentHash, isRecord } from '../json-checks';
import type { AnswerContent } from './types';

export const LIMITS = {
  blocks: 5000, leafChars: 200_000, noteChars: 20_000, urlChars: 2000, inlines: 2000,
  tableColumns: 200, tableRows: 20_000, tableCells: 100_000, cellChars: 2000, tableMetaChars: 5000, headerRows: 6,
} as const;

const text = z
  .object({
    text: z.string().max(LIMITS.leafChars),
    bold: z.literal(true).optional(),
    italic: z.literal(true).optional(),
    underline: z.literal(true).optional(),
  })
  .strict();

const url = z
  .string()
  .max(LIMITS.urlChars)
  .refine((u) => /^(?:https?:\/\/|mailto:)[^\s<>"]+$/i.test(u), 'links must be http(s) or mailto addresses');

const link = z.object({ type: z.literal('link'), url, children: z.array(text).min(1).max(LIMITS.inlines) }).strict();
const footnote = z
  .object({ type: z.literal('footnote'), note: z.string().max(LIMITS.noteChars), children: z.tuple([z.object({ text: z.literal('') }).strict()]) })
  .strict();
const inlines = z.array(z.union([text, link, footnote])).min(1).max(LIMITS.inlines);

const paragraph = z.object({ type: z.literal('paragraph'), children: inlines }).strict();
const quote = z.object({ type: z.literal('block-quote'), children: inlines }).strict();
const listItem = z.object({ type: z.literal('list-item'), children: inlines }).strict();
const list = z
  .object({ type: z.enum(['numbered-list', 'bulleted-list']), children: z.array(listItem).min(1).max(LIMITS.blocks) })
  .strict();

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const id = z.string().regex(ID, 'ids are 1 to 64 letters, digits, - or _');
const meta = z.string().max(LIMITS.tableMetaChars);
const cell = z.string().max(LIMITS.cellChars);
const tableRow = z.object({ id, role: z.enum(['data', 'group', 'total']), cells: z.array(cell).max(LIMITS.tableColumns) }).strict();
const tableOf = <R extends z.ZodTypeAny>(row: R) =>
  z
    .object({
      type: z.literal('data-table'),
      id,
      title: meta,
      source: meta,
      period: meta,
      units: meta,
      notes: meta,
      header: z.array(z.array(cell).max(LIMITS.tableColumns)).max(LIMITS.headerRows),
      columns: z
        .array(z.object({ id, kind: z.enum(['text', 'integer', 'decimal', 'percent']), total: z.literal(true).optional() }).strict())
        .min(1)
        .max(LIMITS.tableColumns),
      rows: z.array(row).max(LIMITS.tableRows),
      chart: z.enum(['bar', 'line']).nullable(),
      children: z.tuple([z.object({ text: z.literal('') }).strict()]),
    })
    .strict();

/** What a table must hold beyond each field's own shape; null when it does. */
export function tableProblem(t: { header: string[][]; columns: Array<{ id: string }>; rows: Array<{ id: string; cells: string[] }> }): string | null {
  const width = t.columns.length;
  if (t.rows.length * width > LIMITS.tableCells) return `a table may hold at most ${LIMITS.tableCells} cells`;
  if (t.header.some((h) => h.length !== width)) return 'every header row needs one label per column';
  if (t.rows.some((r) => r.cells.length !== width)) return 'every row needs one cell per column';
  const ids = [...t.columns.map((c) => c.id), ...t.rows.map((r) => r.id)];
  if (new Set(ids).size !== ids.length) return 'row and column ids must be unique within a table';
  return null;
}

const table = tableOf(tableRow).superRefine((t, ctx) => {
  const problem = tableProblem(t);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * The pieces of an answer as the content store keeps them (main/core/content): a text block whole,
 * a table without its rows (they are named by content hash), and a table row. tableProblem checks a
 * table once its rows are put back.
 */
export const textBlockSchema = z.union([paragraph, quote, list]);
export const tableShellSchema = tableOf(z.string().regex(CONTENT_HASH, 'table rows are named by 64 hex digits'));
export const tableRowSchema = tableRow;

export const answerContentSchema: z.ZodType<AnswerContent> = z
  .array(z.union([paragraph, quote, list, table]))
  .min(1)
  .max(LIMITS.blocks) as unknown as z.ZodType<AnswerContent>;

// The checks above, for the shapes nearly every chunk of a bundle has (a paragraph or quote of
// plain or bold/italic/underlined text, a table row), written out: zod took a third of the time
// of checking a bundle's chunks. Each accepts only values the schema accepts (a property test holds
// them to it); anything else goes to the schema, which gives the reason.
const MARKS = new Set(['bold', 'italic', 'underline']);
const ROLES = new Set(['data', 'group', 'total']);

function isPlainLeaf(v: unknown): boolean {
  if (!isRecord(v) || typeof v.text !== 'string' || v.text.length > LIMITS.leafChars) return false;
  for (const k in v) if (k !== 'text' && !(MARKS.has(k) && v[k] === true)) return false;
  return true;
}

function isPlainTextBlock(v: unknown): boolean {
  if (!isRecord(v) || (v.type !== 'paragraph' && v.type !== 'block-quote')) return false;
  const c = v.children;
  if (!Array.isArray(c) || c.length < 1 || c.length > LIMITS.inlines || Object.keys(v).length !== 2) return false;
  return c.every(isPlainLeaf);
}

function isPlainRow(v: unknown): boolean {
  if (!isRecord(v) || typeof v.id !== 'string' || !ID.test(v.id) || typeof v.role !== 'string' || !ROLES.has(v.role)) return false;
  const c = v.cells;
  if (!Array.isArray(c) || c.length > LIMITS.tableColumns || Object.keys(v).length !== 3) return false;
  return c.every((x) => typeof x === 'string' && x.length <= LIMITS.cellChars);
}

const KINDS = new Set(['text', 'integer', 'decimal', 'percent']);
const SHELL_KEYS = ['type', 'id', 'title', 'source', 'period', 'units', 'notes', 'header', 'columns', 'rows', 'chart', 'children'];
const isString = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const isCells = (v: unknown) => Array.isArray(v) && v.length <= LIMITS.tableColumns && v.every((x) => isString(x, LIMITS.cellChars));

function isPlainColumn(v: unknown): boolean {
  if (!isRecord(v) || typeof v.id !== 'string' || !ID.test(v.id) || typeof v.kind !== 'string' || !KINDS.has(v.kind)) return false;
  const n = Object.keys(v).length;
  return n === 2 || (n === 3 && v.total === true);
}

/** `known`: names the caller has already checked (or computed); any other is held to the hash pattern. */
function isPlainShell(v: unknown, known?: (name: string) => boolean): boolean {
  if (!isRecord(v) || v.type !== 'data-table' || typeof v.id !== 'string' || !ID.test(v.id)) return false;
  for (const k in v) if (!SHELL_KEYS.includes(k)) return false;
  if (!['title', 'source', 'period', 'units', 'notes'].every((k) => isString(v[k], LIMITS.tableMetaChars))) return false;
  const { header, columns, rows, chart, children } = v;
  if (!Array.isArray(header) || header.length > LIMITS.headerRows || !header.every(isCells)) return false;
  if (!Array.isArray(columns) || columns.length < 1 || columns.length > LIMITS.tableColumns || !columns.every(isPlainColumn)) return false;
  if (!Array.isArray(rows) || rows.length > LIMITS.tableRows || !rows.every((r) => (known !== undefined && typeof r === 'string' && known(r)) || isContentHash(r))) return false;
  if (chart !== null && chart !== 'bar' && chart !== 'line') return false;
  if (!Array.isArray(children) || children.length !== 1) return false;
  const leaf = children[0] as unknown;
  return isRecord(leaf) && leaf.text === '' && Object.keys(leaf).length === 1;
}

/**
 * Why a table-shell chunk (rows named by hash) is not valid, or null when it is (tableShellSchema).
 * `known` spares the pattern test for row names already checked: a bundle's table revisions repeat
 * most of their rows, and testing every name of every shell took about 40 ms of merging 40 bundles.
 */
export const tableShellProblem = (v: unknown, known?: (name: string) => boolean): string | null =>
  isPlainShell(v, known) ? null : issue(tableShellSchema.safeParse(v));
/** Why a text-block chunk is not valid, or null when it is (textBlockSchema). */
export const textBlockProblem = (v: unknown): string | null => (isPlainTextBlock(v) ? null : issue(textBlockSchema.safeParse(v)));
/** Why a table-row chunk is not valid, or null when it is (tableRowSchema). */
export const tableRowProblem = (v: unknown): string | null => (isPlainRow(v) ? null : issue(tableRowSchema.safeParse(v)));

function issue(r: { success: boolean; error?: { issues: Array<{ message: string }> } }): string | null {
  return r.success ? null : (r.error?.issues[0]?.message ?? 'unreadable');
}
