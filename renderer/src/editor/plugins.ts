// The editor's plugins, in the order they wrap it, each with why it is there. One plugin per feature.
import { type BaseEditor, type Editor, createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';

// Slate's plugins take the bare editor and return it extended; the registry types them loosely so
// that each one can be listed without a cast, and the result is the full CustomTypes editor.
type Plugin = <T extends BaseEditor>(editor: T) => T;

export const plugins = [
  // DOM bindings first: the plugins after it may rely on ReactEditor.
  withReact,
  // Undo/redo records what the feature plugins below do, as one step per user action.
  withHistory,
] as Plugin[];

export const createAnswerEditor = (): Editor => plugins.reduce<BaseEditor>((editor, plugin) => plugin(editor), createEditor()) as Editor;
