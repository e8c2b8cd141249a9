// Tells Slate the element and text types of answers, declared once in shared/editor/types.ts.
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { AnswerElement, FormattedText } from '../../../shared/editor/types';

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor;
    Element: AnswerElement;
    Text: FormattedText;
  }
}
