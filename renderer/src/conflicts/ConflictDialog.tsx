// The conflict queue: every open conflict (or those of one answer) on the left, the chosen one on
// the right. A modal <dialog>, so focus, Escape and the backdrop behave as the platform does.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../../../shared/api/domains/merge';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { type Choice, ConflictDetail, resolveArgs, usePlace } from './ConflictDetail';
import { useConflicts } from './use-conflicts';
import './conflicts.css';

interface Props {
  /** Only this answer's conflicts; all when absent. */
  only?: string;
  onClose: () => void;
  onResolved: (ref: string) => void;
}

const excerpt = (c: ConflictView) => {
  const s = (c.mine.text || c.theirs.text).replace(/\s+/g, ' ').trim();
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

export function ConflictDialog({ only, onClose, onResolved }: Props) {
  const { t } = useTranslation('conflicts');
  const coreText = useCoreText();
  const dialog = useRef<HTMLDialogElement>(null);
  const { list, error, reload } = useConflicts(only);
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<CoreSaid | null>(null);
  const place = usePlace();
  const editing = useRef(false);
  const onEditing = useCallback((now: boolean) => {
    editing.current = now;
  }, []);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const current = list?.find((c) => c.id === selected) ?? list?.[0] ?? null;

  const resolve = async (c: ConflictView, choice: Choice) => {
    setBusy(true);
    setFailure(null);
    const r = await api['conflict.resolve'](resolveArgs(c, choice));
    setBusy(false);
    if (!r.ok) return setFailure(r);
    setMessage(t('resolved', { count: r.value.remaining }));
    onResolved(r.value.ref);
    const next = await reload();
    setSelected(next?.[0]?.id ?? null);
  };

  return (
    <dialog
      ref={dialog}
      className="conflicts-dialog"
      aria-labelledby="conflicts-title"
      onClose={onClose}
      // Escape would close the queue and lose an agreed version being written: only Cancel or Close
      // leave it then. The key itself is held back (Chromium lets a page refuse the close it asks for
      // only once between two user actions), and the close request too, should one come another way.
      onKeyDown={(e) => {
        if (e.key === 'Escape' && editing.current) e.preventDefault();
      }}
      onCancel={(e) => {
        if (editing.current) e.preventDefault();
      }}
    >
      <header className="dialog-header">
        <h1 id="conflicts-title">{t('title')}</h1>
        <button type="button" className="dialog-close" onClick={() => dialog.current?.close()}>
          {t('close')}
        </button>
      </header>
      <p className="conflict-status" role="status">
        {message}
      </p>
      {failure && (
        <p className="conflict-error" role="alert">
          {coreText(failure)}
        </p>
      )}
      {list === null ? (
        <p>{error ? coreText(error) : t('loading')}</p>
      ) : list.length === 0 ? (
        <p className="conflict-none">{t('none')}</p>
      ) : (
        <div className="conflicts-body">
          <ul className="conflict-list" aria-label={t('list')}>
            {list.map((c) => (
              <li key={c.id}>
                <button type="button" aria-current={c.id === current?.id} onClick={() => setSelected(c.id)}>
                  <strong>{t('inParagraph', { label: c.label })}</strong> <span className="place">{place(c)}</span>
                  <span className="excerpt">{excerpt(c)}</span>
                </button>
              </li>
            ))}
          </ul>
          {current && <ConflictDetail key={current.id} conflict={current} busy={busy} onResolve={(c, ch) => void resolve(c, ch)} onEditing={onEditing} />}
        </div>
      )}
    </dialog>
  );
}
