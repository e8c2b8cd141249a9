// A rich-text editor for one passage outside an answer (the conflict queue's "Edit…"): the answer
// editor's plugins, toolbar, shortcuts and rendering, so the agreed version keeps its formatting,
// lists, links and footnotes; no autosave, word count or panels, the caller decides what to do.
import { useMemo, useState } from 'react';
import type { Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import { type AnswerContent, emptyContent } from '../../../shared/editor/types';
import { renderElement, renderLeaf } from './elements';
import { createAnswerEditor } from './plugins';
import { type Dialog, Toolbar, handleShortcut } from './Toolbar';

interface Props {
  label: string;
  initial: AnswerContent | null;
  onChange: (content: AnswerContent) => void;
}

export function PassageEditor({ label, initial, onChange }: Props) {
  const editor = useMemo(createAnswerEditor, []);
  const start = useMemo(() => (initial && initial.length > 0 ? initial : emptyContent()) as Descendant[], [initial]);
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <div className="passage-editor">
      <Slate editor={editor} initialValue={start} onChange={(v) => onChange(v as AnswerContent)}>
        <Toolbar label={label} dialog={dialog} setDialog={setDialog} />
        <Editable
          className="answer-editor"
          aria-label={label}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          autoFocus
          spellCheck
          onKeyDown={(e) => handleShortcut(editor, e, (kind) => setDialog({ kind, selection: editor.selection, error: null }))}
        />
      </Slate>
    </div>
  );
}
