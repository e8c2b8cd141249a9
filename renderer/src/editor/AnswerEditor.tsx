// The rich-text answer editor for one paragraph or sub-item, with autosave and a live word count.
import { useCallback, useMemo, useState } from 'react';
import { type Descendant, createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, type RenderElementProps, type RenderLeafProps, Slate, withReact } from 'slate-react';
import type { AnswerView, SaveResult } from '../../../shared/api/types';
import { type AnswerContent, emptyContent } from '../../../shared/editor/types';
import { answerWords } from '../../../shared/text/answer-words';
import { useAutosave } from './use-autosave';

interface Props {
  target: string;
  label: string;
  answer: AnswerView | undefined;
  onSaved: (r: SaveResult) => void;
  onLiveWords: (ref: string, words: number) => void;
}

export function AnswerEditor({ target, label, answer, onSaved, onLiveWords }: Props) {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const initial = useMemo(() => (answer?.content ?? emptyContent()) as Descendant[], [answer]);
  const [words, setWords] = useState(answer?.words ?? 0);
  const { state, schedule, flush } = useAutosave(target, onSaved);

  const onChange = useCallback(
    (value: Descendant[]) => {
      if (!editor.operations.some((op) => op.type !== 'set_selection')) return;
      const content = value as AnswerContent;
      const n = answerWords(content);
      setWords(n);
      onLiveWords(target, n);
      schedule(content);
    },
    [editor, target, schedule, onLiveWords],
  );

  const renderElement = useCallback(({ attributes, children, element }: RenderElementProps) => {
    switch (element.type) {
      case 'block-quote':
        return <blockquote {...attributes}>{children}</blockquote>;
      case 'numbered-list':
        return <ol {...attributes}>{children}</ol>;
      case 'bulleted-list':
        return <ul {...attributes}>{children}</ul>;
      case 'list-item':
        return <li {...attributes}>{children}</li>;
      default:
        return <p {...attributes}>{children}</p>;
    }
  }, []);
  const renderLeaf = useCallback(({ attributes, children, leaf }: RenderLeafProps) => {
    let out = children;
    if (leaf.bold) out = <strong>{out}</strong>;
    if (leaf.italic) out = <em>{out}</em>;
    if (leaf.underline) out = <u>{out}</u>;
    return <span {...attributes}>{out}</span>;
  }, []);

  const statusText =
        state.kind === 'error'
      ? `Not saved: ${state.message}`
      : state.kind === 'saved'
        ? 'Saved'
        : state.kind === 'saving'
          ? 'Saving…'
          : state.kind === 'dirty'
            ? 'Editing…'
            : '';

  return (
    <div className="answer">
      <Slate editor={editor} initialValue={initial} onChange={onChange}>
        <Editable
          className="answer-editor"
          aria-label={label}
          placeholder="Type the reply…"
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          onBlur={() => void flush()}
          spellCheck
        />
      </Slate>
      <div className="answer-meta">
        <span className="word-count" aria-label={`${label}: word count`}>
          {words} {words === 1 ? 'word' : 'words'}
        </span>
        <span className={`save-state save-${state.kind}`} role={state.kind === 'error' ? 'alert' : 'status'}>
          {statusText}
        </span>
      </div>
    </div>
  );
}
