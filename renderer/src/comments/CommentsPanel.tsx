// Internal comments on one answer: a conversation between drafters and the coordinator that never
// reaches the report.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/api/types';
import { api } from '../api/client';
import { formatDateTime } from '../i18n';

interface Props {
  target: string;
  label: string;
  /** Told the number of open (unresolved) comments whenever it is read or changes, for the answer's "Comments (N)". */
  onOpenCount: (count: number) => void;
}

export function CommentsPanel({ target, label, onOpenCount }: Props) {
  const { t, i18n } = useTranslation('comments');
  const [comments, setComments] = useState<Comment[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const show = (next: Comment[]) => {
    setComments(next);
    onOpenCount(next.filter((c) => !c.resolvedAt).length);
  };
  useEffect(() => {
    void api['comment.list']({ ref: target }).then((r) => (r.ok ? show(r.value) : setError(r.error)));
  }, [target]);

  const add = async () => {
    const r = await api['comment.add']({ ref: target, body: draft });
    if (!r.ok) return setError(r.error);
    show([...comments, r.value]);
    setDraft('');
    setError(null);
  };
  const resolve = async (id: number) => {
    const r = await api['comment.resolve']({ id });
    if (r.ok) show(comments.map((c) => (c.id === id ? r.value : c)));
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
      {error && <p role="alert" className="panel-error">{error}</p>}
      <button type="button" onClick={() => void add()} disabled={draft.trim() === ''}>
        {t('add')}
      </button>
    </section>
  );
}
