// Tells Slate the element and text types of answers, declared once in types.ts beside this file.
// Type-only imports: the editor type includes the React and history extensions the renderer adds.
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { AnswerElement, FormattedText } from './types';

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor;
    Element: AnswerElement;
    Text: FormattedText;
  }
}
