// The app's modal dialog: opens itself as a modal <dialog> (focus trapped, Escape closes, the rest
// of the window inert), with a title and a close button, and tells its owner when it closed. The
// owner may hold its ref to close it from inside (after opening a paragraph, for example).
import { type ReactNode, forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

interface Props {
  /** Prefix of the CSS classes of the parts: `${kind}-dialog`, `${kind}-head`, `${kind}-close`, `${kind}-body`. */
  kind: string;
  className?: string;
  title: ReactNode;
  titleId: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

export const ModalDialog = forwardRef<HTMLDialogElement | null, Props>(function ModalDialog({ kind, className, title, titleId, closeLabel, onClose, children }, ref) {
  const dialog = useRef<HTMLDialogElement>(null);
  useImperativeHandle(ref, () => dialog.current as HTMLDialogElement);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className={[`${kind}-dialog`, className].filter(Boolean).join(' ')} aria-labelledby={titleId} onClose={onClose}>
      <div className={`${kind}-head`}>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className={`${kind}-close`} aria-label={closeLabel} onClick={() => dialog.current?.close()}>
          ×
        </button>
      </div>
      <div className={`${kind}-body`}>{children}</div>
    </dialog>
  );
});
