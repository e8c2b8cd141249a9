// Editing commands on an answer, independent of React: marks, block types and lists, links,
// footnotes. The toolbar and keyboard shortcuts call these; Node tests run them on a bare editor.
import { Editor, Element, type Node, Range, Transforms } from 'slate';
import type { FootnoteElement, LinkElement, ListElement, Mark } from './types';

export type BlockFormat = 'paragraph' | 'block-quote' | ListElement['type'];
const LISTS: ReadonlyArray<string> = ['numbered-list', 'bulleted-list'];
const SAFE_URL = /^(?:https?:\/\/|mailto:)[^\s<>"]+$/i;

const isElementOf = (type: string) => (n: Node) => !Editor.isEditor(n) && Element.isElement(n) && n.type === type;

export function isMarkActive(editor: Editor, mark: Mark): boolean {
  const marks = Editor.marks(editor) as Partial<Record<Mark, true>> | null;
  return marks?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

export function isBlockActive(editor: Editor, format: BlockFormat): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const [match] = Editor.nodes(editor, { at: Editor.unhangRange(editor, selection), match: isElementOf(format) });
  return match !== undefined;
}

/** Turns the selected blocks into a quote or list, or back into paragraphs when they already are. */
export function toggleBlock(editor: Editor, format: BlockFormat): void {
  const active = isBlockActive(editor, format);
  const toList = LISTS.includes(format);
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, {
      match: (n) => !Editor.isEditor(n) && Element.isElement(n) && LISTS.includes(n.type),
      split: true,
    });
    const type = active ? 'paragraph' : toList ? 'list-item' : format;
    Transforms.setNodes<Element>(editor, { type } as Partial<Element>, {
      match: (n) => !Editor.isEditor(n) && Element.isElement(n) && Editor.isBlock(editor, n) && n.type !== 'data-table',
    });
    if (!active && toList) Transforms.wrapNodes(editor, { type: format, children: [] } as unknown as Element, { match: isElementOf('list-item') });
  });
}

export function insertLink(editor: Editor, url: string, text?: string): boolean {
  if (!SAFE_URL.test(url.trim())) return false;
  const href = url.trim();
  if (isElementActive(editor, 'link')) Transforms.unwrapNodes(editor, { match: isElementOf('link') });
  const collapsed = !editor.selection || Range.isCollapsed(editor.selection);
  const link: LinkElement = { type: 'link', url: href, children: collapsed ? [{ text: text?.trim() || href }] : [] };
  if (collapsed) Transforms.insertNodes(editor, link);
  else {
    Transforms.wrapNodes(editor, link, { split: true });
    Transforms.collapse(editor, { edge: 'end' });
  }
  return true;
}

export function removeLink(editor: Editor): void {
  Transforms.unwrapNodes(editor, { match: isElementOf('link') });
}

export function isElementActive(editor: Editor, type: string): boolean {
  const [match] = Editor.nodes(editor, { match: isElementOf(type) });
  return match !== undefined;
}

/** Inserts a footnote at the cursor; its body is plain text and is exported as a real footnote. */
export function insertFootnote(editor: Editor, note: string): boolean {
  const body = note.replace(/\s+/g, ' ').trim();
  if (body === '') return false;
  const footnote: FootnoteElement = { type: 'footnote', note: body, children: [{ text: '' }] };
  if (editor.selection && !Range.isCollapsed(editor.selection)) Transforms.collapse(editor, { edge: 'end' });
  Transforms.insertNodes(editor, footnote);
  Transforms.move(editor);
  return true;
}

export function updateFootnote(editor: Editor, at: number[], note: string): void {
  const body = note.replace(/\s+/g, ' ').trim();
  if (body === '') Transforms.removeNodes(editor, { at });
  else Transforms.setNodes<FootnoteElement>(editor, { note: body }, { at });
}

/**
 * The structural rules of answers: links and footnotes are inline, footnotes are void, a list holds
 * only list items, a list item lives only in a list, and Enter on an empty list item leaves the list.
 */
export function withAnswerStructure<T extends Editor>(editor: T): T {
  const { isInline, isVoid, normalizeNode, insertBreak } = editor;
  editor.isInline = (el) => el.type === 'link' || el.type === 'footnote' || isInline(el);
  editor.isVoid = (el) => el.type === 'footnote' || isVoid(el);
  editor.normalizeNode = (entry) => {
    const [node, path] = entry;
    if (Element.isElement(node) && LISTS.includes(node.type)) {
      for (const [child, childPath] of Array.from(Editor.nodes(editor, { at: path, match: (n, p) => p.length === path.length + 1 }))) {
        if (Element.isElement(child) && child.type !== 'list-item') {
          Transforms.setNodes<Element>(editor, { type: 'list-item' } as Partial<Element>, { at: childPath });
          return;
        }
      }
    }
    if (Element.isElement(node) && node.type === 'list-item' && path.length === 1) {
      Transforms.wrapNodes(editor, { type: 'bulleted-list', children: [] } as unknown as Element, { at: path });
      return;
    }
    normalizeNode(entry);
  };
  editor.insertBreak = () => {
    const [item] = Editor.nodes(editor, { match: isElementOf('list-item') });
    if (item && Editor.string(editor, item[1]) === '' && editor.selection && Range.isCollapsed(editor.selection)) {
      toggleBlock(editor, (Editor.parent(editor, item[1])[0] as ListElement).type);
      return;
    }
    insertBreak();
  };
  return editor;
}
