// The editor's plugins, in the order they wrap it, each with why it is there. One plugin per feature.
import { type BaseEditor, type Editor, createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withAnswerStructure } from '../../../shared/editor/transforms';
import { withPaste } from './with-paste';
import { withTables } from '../../../shared/tables/with-tables';

// Slate's plugins take the bare editor and return it extended; the registry types them loosely so
// that each one can be listed without a cast, and the result is the full CustomTypes editor.
type Plugin = <T extends BaseEditor>(editor: T) => T;

export const plugins = [
  // DOM bindings first: the plugins after it may rely on ReactEditor.
  withReact,
  // Undo/redo records what the feature plugins below do, as one step per user action.
  withHistory,
  // Inline links and footnotes, list structure, Enter on an empty item leaves the list.
  withAnswerStructure,
  // Paste from Word/LibreOffice/plain text into the answer model; wraps insertData from withReact.
  (editor: Editor) => withPaste(editor, (chars) => window.dispatchEvent(new CustomEvent('treaty-desk:paste-refused', { detail: chars }))),
  // Data tables are void blocks; a spreadsheet range pasted into the text becomes a table (before withPaste sees it).
  withTables,
] as Plugin[];

export const createAnswerEditor = (): Editor => plugins.reduce<BaseEditor>((editor, plugin) => plugin(editor), createEditor()) as Editor;
