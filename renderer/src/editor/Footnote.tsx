// A footnote in the answer: a superscript number; clicking it opens its text for editing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Editor, Element, Node } from 'slate';
import { ReactEditor, type RenderElementProps, useSlateStatic } from 'slate-react';
import { updateFootnote } from '../../../shared/editor/transforms';
import type { FootnoteElement } from '../../../shared/editor/types';
import { InlineDialog } from './InlineDialog';

/** 1-based position of a footnote among the answer's footnotes. */
export function footnoteNumber(editor: Editor, element: FootnoteElement): number {
  let n = 0;
  for (const [node] of Node.nodes(editor)) {
    if (Element.isElement(node) && node.type === 'footnote') {
      n++;
      if (node === element) return n;
    }
  }
  return n;
}

export function Footnote({ attributes, children, element }: RenderElementProps & { element: FootnoteElement }) {
  const editor = useSlateStatic();
  const { t } = useTranslation('editor');
  const [editing, setEditing] = useState(false);
  const n = footnoteNumber(editor, element);
  return (
    <span {...attributes} className="footnote-ref-wrap">
      <sup
        contentEditable={false}
        className="footnote-ref"
        role="button"
        tabIndex={-1}
        title={element.note}
        aria-label={t('footnoteNumber', { n, note: element.note })}
        onMouseDown={(e) => {
          e.preventDefault();
          setEditing(true);
        }}
      >
        {n}
      </sup>
      {editing && (
        <InlineDialog
          label={t('editFootnote', { n })}
          initial={element.note}
          multiline
          submitLabel={t('apply')}
          onCancel={() => setEditing(false)}
          onSubmit={(note) => {
            updateFootnote(editor, ReactEditor.findPath(editor, element), note);
            setEditing(false);
          }}
        />
      )}
      {children}
    </span>
  );
}
