// Paste: Slate's own fragments as they are; Word/LibreOffice HTML (tables included) through
// htmlToContent; plain text split into paragraphs. Pastes too large to be an answer are refused with a message, not truncated.
import { type Editor, Transforms } from 'slate';
import { htmlToContent, plainTextToContent } from '../../../shared/editor/html-to-content';
import type { AnswerContent } from '../../../shared/editor/types';

export const MAX_PASTE_CHARS = 1_000_000;

export function withPaste<T extends Editor>(editor: T, onRefused: (chars: number) => void = () => {}): T {
  const { insertData } = editor;
  editor.insertData = (data: DataTransfer) => {
    if (data.types.includes('application/x-slate-fragment')) return insertData(data);
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    const size = Math.max(html.length, text.length);
    if (size > MAX_PASTE_CHARS) {
      onRefused(size);
      return;
    }
    let content: AnswerContent = html ? htmlToContent(html) : [];
    if (content.length === 0 && text) content = plainTextToContent(text);
    if (content.length === 0) return;
    // A pasted table is a void block: leave a paragraph after it to go on writing in.
    if (content[content.length - 1].type === 'data-table') content = [...content, { type: 'paragraph', children: [{ text: '' }] }];
    if (content.length === 1 && content[0].type === 'paragraph') Transforms.insertNodes(editor, content[0].children);
    else Transforms.insertFragment(editor, content);
  };
  return editor;
}
