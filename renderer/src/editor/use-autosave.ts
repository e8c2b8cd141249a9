// Saves an answer a short moment after typing stops, and at once on blur or when the page closes.
// Only the latest content is ever sent; a save in flight is followed by one more if needed. Each
// save names the revision the text was edited from, so that a change made meanwhile outside this
// editor (a bundle imported by the CLI, another window) is merged with it, never overwritten.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerContent } from '../../../shared/editor/types';
import type { SaveResult } from '../../../shared/api/types';
import { api } from '../api/client';
import type { CoreSaid } from '../i18n/core-text';

export const AUTOSAVE_DELAY_MS = 700;
export type SaveState = { kind: 'idle' | 'saved' | 'dirty' | 'saving' } | { kind: 'error'; said: CoreSaid };

/** `base`: the revision the editor was loaded with (null when the answer had no text) and its parents. `onMerged`: the answer had moved on and now holds a merge
 * of both texts, which the editor must load. */
export function useAutosave(ref: string, base: { revision: string | null; parents?: string[] }, onSaved: (r: SaveResult) => void, onMerged: () => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<AnswerContent | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const onMergedRef = useRef(onMerged);
  onMergedRef.current = onMerged;
  // What the editor's text was last saved as: the base of the next save.
  const baseRef = useRef(base);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const content = pending.current;
    if (!content) return;
    pending.current = null;
    setState({ kind: 'saving' });
    inFlight.current = (async () => {
      const r = await api['answer.save']({ ref, content, base: baseRef.current.revision, baseParents: baseRef.current.parents });
      if (r.ok) {
        baseRef.current = { revision: r.value.own ?? r.value.revision };
        onSavedRef.current(r.value);
        if (r.value.merged) onMergedRef.current();
        setState(pending.current ? { kind: 'dirty' } : { kind: 'saved' });
      } else {
        // Keep the unsaved text queued so the next change or blur retries it.
        pending.current ??= content;
        setState({ kind: 'error', said: r });
      }
    })();
    await inFlight.current;
    inFlight.current = null;
  }, [ref]);

  const schedule = useCallback(
    (content: AnswerContent) => {
      pending.current = content;
      // Same state object while typing goes on: no re-render of the editor on every key.
      setState((s) => (s.kind === 'dirty' ? s : { kind: 'dirty' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush };
}
