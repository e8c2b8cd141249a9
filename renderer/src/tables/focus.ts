// A table the user just inserted takes the keyboard focus once it is drawn.
import type { Editor } from 'slate';

const pending = new WeakMap<Editor, string>();
export const focusTableWhenDrawn = (editor: Editor, id: string) => pending.set(editor, id);
export function takeFocusRequest(editor: Editor, id: string): boolean {
  if (pending.get(editor) !== id) return false;
  pending.delete(editor);
  return true;
}
