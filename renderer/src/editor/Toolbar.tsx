// The formatting toolbar of one answer: marks, lists, quote, link, footnote, undo and redo.
// Buttons keep the editor's focus and selection (mouse down is not allowed to blur it). The toolbar
// is one Tab stop; the arrow keys move between its buttons.
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type BaseSelection, type Editor, Transforms } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import {
  type BlockFormat, insertFootnote, insertLink, isBlockActive, isElementActive, isMarkActive, removeLink, toggleBlock, toggleMark,
} from '../../../shared/editor/transforms';
import type { Mark } from '../../../shared/editor/types';
import { InlineDialog } from './InlineDialog';
import { useRovingToolbar } from './use-roving-toolbar';

export type Dialog = { kind: 'link' | 'footnote'; selection: BaseSelection; error: string | null } | null;

interface Props {
  label: string;
  dialog: Dialog;
  setDialog: (d: Dialog) => void;
  extra?: ReactNode;
}

type ToolBlock = Exclude<BlockFormat, 'paragraph'>;
type Pressed = Record<Mark | ToolBlock | 'link', boolean>;

/** Which buttons show as pressed: the toolbar follows this, not every change of the answer. */
const pressedIn = (editor: Editor): Pressed => ({
  bold: isMarkActive(editor, 'bold'),
  italic: isMarkActive(editor, 'italic'),
  underline: isMarkActive(editor, 'underline'),
  'numbered-list': isBlockActive(editor, 'numbered-list'),
  'bulleted-list': isBlockActive(editor, 'bulleted-list'),
  'block-quote': isBlockActive(editor, 'block-quote'),
  link: isElementActive(editor, 'link'),
});
// A typed key that changes no formatting then leaves the toolbar (and its translated labels) alone.
const samePressed = (a: Pressed | null, b: Pressed) => a !== null && (Object.keys(b) as Array<keyof Pressed>).every((k) => a[k] === b[k]);

export function Toolbar({ label, dialog, setDialog, extra }: Props) {
  const editor = useSlateStatic();
  const pressed = useSlateSelector(pressedIn, samePressed);
  const { t } = useTranslation('editor');
  const bar = useRef<HTMLDivElement>(null);
  const roving = useRovingToolbar(bar);

  const button = (key: string, name: string, active: boolean, run: () => void, text: ReactNode, shortcut?: string) => (
    <button
      key={key}
      type="button"
      className={`tool tool-${key}`}
      aria-label={name}
      aria-pressed={active}
      title={shortcut ? `${name} (${shortcut})` : name}
      onMouseDown={(e) => {
        e.preventDefault();
        syncSelection(editor);
        run();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          run();
        }
      }}
    >
      {text}
    </button>
  );
  const mark = (m: Mark, text: ReactNode, shortcut: string) => button(m, t(m), pressed[m], () => toggleMark(editor, m), text, shortcut);
  const block = (f: ToolBlock, text: ReactNode) => button(f, t(f), pressed[f], () => toggleBlock(editor, f), text);

  const finish = (apply: () => boolean, error: string) => {
    if (!dialog) return;
    ReactEditor.focus(editor);
    if (dialog.selection) Transforms.select(editor, dialog.selection);
    if (apply()) setDialog(null);
    else setDialog({ ...dialog, error });
  };

  return (
    <div ref={bar} className="toolbar" role="toolbar" aria-label={t('toolbar', { label })} onFocus={roving.onFocus} onKeyDown={roving.onKeyDown}>
      {mark('bold', <b>B</b>, 'Ctrl+B')}
      {mark('italic', <i>I</i>, 'Ctrl+I')}
      {mark('underline', <u>U</u>, 'Ctrl+U')}
      <span className="tool-sep" />
      {block('numbered-list', '1.')}
      {block('bulleted-list', '•')}
      {block('block-quote', '❝')}
      <span className="tool-sep" />
      {button('link', t('link'), pressed.link, () =>
        isElementActive(editor, 'link') ? removeLink(editor) : setDialog({ kind: 'link', selection: editor.selection, error: null }),
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" /></svg>, 'Ctrl+K')}
      {button('footnote', t('footnote'), false, () => setDialog({ kind: 'footnote', selection: editor.selection, error: null }), <span>x<sup>1</sup></span>, 'Ctrl+Alt+F')}
      <span className="tool-sep" />
      {button('undo', t('undo'), false, () => editor.undo(), '↶', 'Ctrl+Z')}
      {button('redo', t('redo'), false, () => editor.redo(), '↷', 'Ctrl+Y')}
      {extra}
      {dialog?.kind === 'link' && (
        <InlineDialog
          label={t('linkAddress')}
          placeholder="https://"
          submitLabel={t('apply')}
          error={dialog.error}
          onCancel={() => setDialog(null)}
          onSubmit={(url) => finish(() => insertLink(editor, url), t('badLink'))}
        />
      )}
      {dialog?.kind === 'footnote' && (
        <InlineDialog
          label={t('footnoteText')}
          multiline
          submitLabel={t('insert')}
          error={dialog.error}
          onCancel={() => setDialog(null)}
          onSubmit={(note) => finish(() => insertFootnote(editor, note), t('emptyFootnote'))}
        />
      )}
    </div>
  );
}

/**
 * Slate reads the DOM selection on 'selectionchange', a moment after it happens; a command issued
 * right after selecting (a quick click, a shortcut) must act on what the user sees selected.
 */
export function syncSelection(editor: Editor): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0 || !ReactEditor.isFocused(editor)) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range) Transforms.select(editor, range);
}

/** Keyboard shortcuts inside the editor; returns true when the key was handled. */
export function handleShortcut(editor: Editor, e: React.KeyboardEvent, openDialog: (kind: 'link' | 'footnote') => void): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (!mod) return false;
  const key = e.key.toLowerCase();
  if (['b', 'i', 'u', 'k', 'f'].includes(key)) syncSelection(editor);
  if (!e.altKey && (key === 'b' || key === 'i' || key === 'u')) toggleMark(editor, key === 'b' ? 'bold' : key === 'i' ? 'italic' : 'underline');
  else if (!e.altKey && key === 'k') openDialog('link');
  else if (e.altKey && key === 'f') openDialog('footnote');
  else return false;
  e.preventDefault();
  return true;
}
