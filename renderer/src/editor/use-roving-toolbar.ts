// One Tab stop per toolbar (the WAI-ARIA toolbar pattern): Tab enters the toolbar on the button
// used last, the arrow keys, Home and End move between its buttons, and the next Tab leaves it.
// With twelve buttons per answer, every button a Tab stop made the keyboard walk from one answer
// to the next sixteen presses long. Works on the DOM, so buttons other components put in the
// toolbar (the table buttons) take part too.
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useRef } from 'react';

/** The toolbar's buttons in order; the fields of its link and footnote dialogs keep their own Tab stops. */
const items = (bar: HTMLElement) => [...bar.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.closest('[role="dialog"]'));
const usable = (b: HTMLButtonElement) => !b.disabled && b.getClientRects().length > 0;

const NEXT: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function useRovingToolbar(bar: RefObject<HTMLElement | null>) {
  const current = useRef<HTMLButtonElement | null>(null);

  // Exactly one usable button is a Tab stop: the one used last, else the first. Buttons come, go and
  // are disabled (a file being imported) as other components render, so the toolbar is watched.
  useEffect(() => {
    const root = bar.current;
    if (!root) return;
    const sync = () => {
      const all = items(root);
      const open = all.filter(usable);
      const stop = current.current && open.includes(current.current) ? current.current : open[0];
      for (const b of all) b.tabIndex = b === stop ? 0 : -1;
    };
    sync();
    const watch = new MutationObserver(sync);
    watch.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
    return () => watch.disconnect();
  }, [bar]);

  const onFocus = useCallback(
    (e: { target: EventTarget }) => {
      const root = bar.current;
      if (!root || !(e.target instanceof HTMLButtonElement) || !items(root).includes(e.target)) return;
      current.current = e.target;
      for (const b of items(root)) b.tabIndex = b === e.target ? 0 : -1;
    },
    [bar],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const root = bar.current;
      const move = NEXT[e.key];
      if (!root || !move || e.altKey || e.ctrlKey || e.metaKey || !(e.target instanceof HTMLButtonElement)) return;
      const open = items(root).filter(usable);
      const at = open.indexOf(e.target);
      if (at < 0) return;
      e.preventDefault();
      open[move(at, open.length)].focus();
    },
    [bar],
  );

  return { onFocus, onKeyDown };
}
