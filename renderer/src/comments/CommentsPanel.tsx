// Internal comments on one answer: a conversation between drafters and the coordinator that never
// reaches the report.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/api/types';
import { api } from '../api/client';
import { type CoreSaid, useCoreText } from '../i18n/core-text';
import { formatDateTime } from '../i18n';

interface Props {
  target: string;
  label: string;
  /** Told the number of open (unresolved) comments whenever it is read or changes, for the answer's "Comments (N)". */
  onOpenCount: (count: number) => void;
}

export function CommentsPanel({ target, label, onOpenCount }: Props) {
  const { t, i18n } = useTranslation('comments');
  const coreText = useCoreText();
  // null until the list has been read; the answer's count is only told from then on.
  const [list, setList] = useState<Comment[] | null>(null);
  const comments = list ?? [];
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<CoreSaid | null>(null);

  // One comment per id, whichever reply arrives first: the list read on opening may come back after
  // a comment added meanwhile, and must neither drop nor repeat it.
  const take = (incoming: Comment[]) =>
    setList((current) => {
      const byId = new Map((current ?? []).map((c) => [c.id, c]));
      for (const c of incoming) byId.set(c.id, c);
      return [...byId.values()].sort((a, b) => a.id - b.id);
    });
  useEffect(() => {
    void api['comment.list']({ ref: target }).then((r) => (r.ok ? take(r.value) : setError(r)));
  }, [target]);
  useEffect(() => {
    if (list) onOpenCount(list.filter((c) => !c.resolvedAt).length);
  }, [list, onOpenCount]);

  const add = async () => {
    // The box empties at once, so that the next comment typed while this one is sent is not wiped.
    const body = draft;
    setDraft('');
    const r = await api['comment.add']({ ref: target, body });
    if (!r.ok) {
      setDraft((d) => (d === '' ? body : d));
      return setError(r);
    }
    take([r.value]);
    setError(null);
  };
  const resolve = async (id: number) => {
    const r = await api['comment.resolve']({ id });
    if (r.ok) take([r.value]);
  };

  return (
    <section className="side-panel comments-panel" aria-label={t('title', { label })}>
      <h3>{t('title', { label })}</h3>
      <p className="muted">{t('internal')}</p>
      <ul className="comments">
        {comments.map((c) => (
          <li key={c.id} className={c.resolvedAt ? 'resolved' : undefined}>
            <div className="comment-head">
              <strong>{c.author}</strong> <span className="muted">{formatDateTime(c.createdAt, i18n.language)}</span>
              {c.resolvedAt ? (
                <span className="badge">{t('resolved')}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => void resolve(c.id)}>
                  {t('resolve')}
                </button>
              )}
            </div>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
      <label className="comment-new">
        <span className="visually-hidden">{t('new')}</span>
        <textarea value={draft} rows={2} placeholder={t('new')} onChange={(e) => setDraft(e.target.value)} />
      </label>
      {error && <p role="alert" className="panel-error">{coreText(error)}</p>}
      <button type="button" onClick={() => void add()} disabled={draft.trim() === ''}>
        {t('add')}
      </button>
    </section>
  );
}
