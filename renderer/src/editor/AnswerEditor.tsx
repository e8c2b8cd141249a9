// The rich-text answer editor for one paragraph or sub-item, with autosave and a live word count.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import type { AnswerView, SaveResult } from '../../../shared/api/types';
import { type AnswerContent, emptyContent } from '../../../shared/editor/types';
import { answerWords } from '../../../shared/text/answer-words';
import { renderElement, renderLeaf } from './elements';
import { createAnswerEditor } from './plugins';
import { useAutosave } from './use-autosave';

interface Props {
  target: string;
  label: string;
  answer: AnswerView | undefined;
  onSaved: (r: SaveResult) => void;
  onLiveWords: (ref: string, words: number) => void;
}

export function AnswerEditor({ target, label, answer, onSaved, onLiveWords }: Props) {
  const editor = useMemo(createAnswerEditor, []);
  const initial = useMemo(() => (answer?.content ?? emptyContent()) as Descendant[], [answer]);
  const [words, setWords] = useState(answer?.words ?? 0);
  const { state, schedule, flush } = useAutosave(target, onSaved);
  const { t } = useTranslation('editor');

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

  const statusText =
        state.kind === 'error'
      ? t('notSaved', { error: state.message })
      : state.kind === 'saved'
        ? t('saved')
        : state.kind === 'saving'
          ? t('saving')
          : state.kind === 'dirty'
            ? t('editing')
            : '';

  return (
    <div className="answer">
      <Slate editor={editor} initialValue={initial} onChange={onChange}>
        <Editable
          className="answer-editor"
          aria-label={label}
          placeholder={t('placeholder')}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          onBlur={() => void flush()}
          spellCheck
        />
      </Slate>
      <div className="answer-meta">
        <span className="word-count" aria-label={t('wordCount', { label })}>
          {t('words', { count: words })}
        </span>
        <span className={`save-state save-${state.kind}`} data-state={state.kind} role={state.kind === 'error' ? 'alert' : 'status'}>
          {statusText}
        </span>
      </div>
    </div>
  );
}
