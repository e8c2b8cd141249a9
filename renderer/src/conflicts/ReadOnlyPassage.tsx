// A conflict side drawn as the report will show it (bold, links, lists, footnote numbers), read-only:
// for two versions whose words are the same, the difference is in what this shows.
import { useMemo } from 'react';
import type { Descendant } from 'slate';
import { Editable, type RenderElementProps, Slate, useSlateStatic } from 'slate-react';
import type { AnswerContent, FootnoteElement } from '../../../shared/editor/types';
import { footnoteNumber } from '../editor/Footnote';
import { renderElement, renderLeaf } from '../editor/elements';
import { createAnswerEditor } from '../editor/plugins';

/** A footnote number with its text on hover; no editing here. */
function NoteRef({ attributes, children, element }: RenderElementProps & { element: FootnoteElement }) {
  const n = footnoteNumber(useSlateStatic(), element);
  return (
    <span {...attributes}>
      <sup contentEditable={false} className="footnote-ref" title={element.note}>
        {n}
      </sup>
      {children}
    </span>
  );
}

const render = (props: RenderElementProps) => (props.element.type === 'footnote' ? <NoteRef {...props} element={props.element} /> : renderElement(props));

function Passage({ content }: { content: AnswerContent }) {
  const editor = useMemo(createAnswerEditor, []);
  return (
    <Slate editor={editor} initialValue={content as Descendant[]}>
      <Editable readOnly className="answer-editor read-only" renderElement={render} renderLeaf={renderLeaf} />
    </Slate>
  );
}

/** Slate reads initialValue once: a side that changed (corrected in the answer, queue reloaded) is drawn anew. */
export function ReadOnlyPassage({ content }: { content: AnswerContent }) {
  const key = useMemo(() => JSON.stringify(content), [content]);
  return <Passage key={key} content={content} />;
}
