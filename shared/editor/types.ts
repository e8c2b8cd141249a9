// The one declaration of the answer document model: Slate element and text types shared by the
// editor, the store, the exporters and the merge. Pure data, no React.
export type Mark = 'bold' | 'italic' | 'underline';

export interface FormattedText {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
}

export interface LinkElement {
  type: 'link';
  url: string;
  children: FormattedText[];
}

/** A footnote lives inline where it is cited; its body is plain text. */
export interface FootnoteElement {
  type: 'footnote';
  note: string;
  children: [{ text: '' }];
}

export type InlineNode = FormattedText | LinkElement | FootnoteElement;

export interface ParagraphElement {
  type: 'paragraph';
  children: InlineNode[];
}
export interface QuoteElement {
  type: 'block-quote';
  children: InlineNode[];
}
export interface ListItemElement {
  type: 'list-item';
  children: InlineNode[];
}
export interface ListElement {
  type: 'numbered-list' | 'bulleted-list';
  children: ListItemElement[];
}

/** How a column's cells are read and checked. Missing values ("..", "-", "n/a") are allowed in any kind. */
export type CellKind = 'text' | 'integer' | 'decimal' | 'percent';

export interface TableColumn {
  /** Stable across edits, so that merges and provenance work cell by cell. */
  id: string;
  kind: CellKind;
  /** This column holds the totals of the data columns of its row. */
  total?: true;
}

export interface TableRow {
  id: string;
  /** group: a row-group caption (e.g. "Women"); total: the totals of the data rows above it, up to the previous total. */
  role: 'data' | 'group' | 'total';
  /** Raw cell text as entered, aligned with `columns`: "1234", "12.5", "..", "-", "n/a" or "". */
  cells: string[];
}

/** A statistical table placed between the paragraphs of an answer; versioned with the answer. */
export interface DataTableElement {
  type: 'data-table';
  id: string;
  title: string;
  source: string;
  period: string;
  units: string;
  notes: string;
  /** Column header rows, top to bottom, one label per column; a label equal to its left neighbour spans it. */
  header: string[][];
  columns: TableColumn[];
  rows: TableRow[];
  chart: 'bar' | 'line' | null;
  children: [{ text: '' }];
}

export type TextBlock = ParagraphElement | QuoteElement | ListItemElement;
export type BlockElement = ParagraphElement | QuoteElement | ListElement | DataTableElement;
export type AnswerElement = BlockElement | ListItemElement | LinkElement | FootnoteElement;
export type AnswerContent = BlockElement[];

export const emptyContent = (): AnswerContent => [{ type: 'paragraph', children: [{ text: '' }] }];

/** Plain text of inline nodes; footnote bodies are not part of the running text. */
export function inlineText(children: readonly InlineNode[]): string {
  return children
    .map((c) => ('text' in c ? c.text : c.type === 'link' ? inlineText(c.children) : ''))
    .join('');
}

/** Blocks in reading order, lists flattened to their items. */
export function textBlocks(content: AnswerContent): TextBlock[] {
  return content.flatMap((b): TextBlock[] => (isList(b) ? b.children : isTable(b) ? [] : [b]));
}

export const isTable = (b: BlockElement): b is DataTableElement => b.type === 'data-table';
export const tables = (content: AnswerContent): DataTableElement[] => content.filter(isTable);

export const isList = (b: BlockElement): b is ListElement => b.type === 'numbered-list' || b.type === 'bulleted-list';

/** The running text of an answer, one line per block. */
export function plainText(content: AnswerContent): string {
  return textBlocks(content)
    .map((b) => inlineText(b.children))
    .join('\n');
}

/** Footnote bodies in citation order. */
export function footnotes(content: AnswerContent): string[] {
  return textBlocks(content).flatMap((b) =>
    b.children.filter((c): c is FootnoteElement => 'type' in c && c.type === 'footnote').map((f) => f.note),
  );
}

/** Answers are plain text + footnotes for counting; a blank line separates paragraphs on input. */
export function contentFromPlainText(text: string): AnswerContent {
  const paras = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
  if (paras.length === 0) return emptyContent();
  return paras.map((p) => ({ type: 'paragraph', children: [{ text: p }] }));
}
