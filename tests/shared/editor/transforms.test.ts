// Editing commands on a bare Slate editor in Node: input content and selection in, content out.
import { type Descendant, type Editor, createEditor } from 'slate';
import { describe, expect, it } from 'vitest';
import { insertFootnote, insertLink, isBlockActive, isMarkActive, toggleBlock, toggleMark, withAnswerStructure } from '../../../shared/editor/transforms';

function editorWith(children: Descendant[], anchor: { path: number[]; offset: number }, focus = anchor): Editor {
  const editor = withAnswerStructure(createEditor()) as unknown as Editor;
  editor.children = children;
  editor.selection = { anchor, focus };
  return editor;
}
const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

describe('transforms', () => {
  it('toggles bold on the selected words and off again', () => {
    const e = editorWith([p('Hello world')], { path: [0, 0], offset: 6 }, { path: [0, 0], offset: 11 });
    toggleMark(e, 'bold');
    expect(e.children).toEqual([{ type: 'paragraph', children: [{ text: 'Hello ' }, { text: 'world', bold: true }] }]);
    expect(isMarkActive(e, 'bold')).toBe(true);
    toggleMark(e, 'bold');
    expect(e.children).toEqual([p('Hello world')]);
  });

  it('wraps selected paragraphs in a numbered list, switches to bullets, and unwraps', () => {
    const e = editorWith([p('One'), p('Two'), p('Three')], { path: [0, 0], offset: 0 }, { path: [1, 0], offset: 3 });
    toggleBlock(e, 'numbered-list');
    expect(e.children).toEqual([
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'One' }] }, { type: 'list-item', children: [{ text: 'Two' }] }] },
      p('Three'),
    ]);
    expect(isBlockActive(e, 'numbered-list')).toBe(true);
    toggleBlock(e, 'bulleted-list');
    expect((e.children[0] as { type: string }).type).toBe('bulleted-list');
    toggleBlock(e, 'bulleted-list');
    expect(e.children).toEqual([p('One'), p('Two'), p('Three')]);
  });

  it('turns a paragraph into a block quote and back', () => {
    const e = editorWith([p('Article 5')], { path: [0, 0], offset: 2 });
    toggleBlock(e, 'block-quote');
    expect(e.children).toEqual([{ type: 'block-quote', children: [{ text: 'Article 5' }] }]);
    toggleBlock(e, 'block-quote');
    expect(e.children).toEqual([p('Article 5')]);
  });

  it('inserts a footnote at the cursor as an inline void and refuses an empty one', () => {
    const e = editorWith([p('See the law.')], { path: [0, 0], offset: 11 });
    expect(insertFootnote(e, '   ')).toBe(false);
    expect(insertFootnote(e, ' Law No. 4 of  2006. ')).toBe(true);
    expect(e.children).toEqual([
      { type: 'paragraph', children: [{ text: 'See the law' }, { type: 'footnote', note: 'Law No. 4 of 2006.', children: [{ text: '' }] }, { text: '.' }] },
    ]);
  });

  it('links the selected words to a safe URL and refuses unsafe ones', () => {
    const e = editorWith([p('Read the report')], { path: [0, 0], offset: 9 }, { path: [0, 0], offset: 15 });
    expect(insertLink(e, 'javascript:alert(1)')).toBe(false);
    expect(insertLink(e, 'https://undocs.org/x')).toBe(true);
    expect(e.children).toEqual([
      { type: 'paragraph', children: [{ text: 'Read the ' }, { type: 'link', url: 'https://undocs.org/x', children: [{ text: 'report' }] }, { text: '' }] },
    ]);
  });

  it('leaves the list when Enter is pressed on an empty item', () => {
    const e = editorWith(
      [{ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Item' }] }, { type: 'list-item', children: [{ text: '' }] }] }],
      { path: [0, 1, 0], offset: 0 },
    );
    e.insertBreak();
    expect(e.children).toEqual([{ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Item' }] }] }, p('')]);
  });
});
