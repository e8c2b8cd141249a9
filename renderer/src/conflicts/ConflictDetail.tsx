// One conflict: where it is, the two versions side by side with their differing words highlighted,
// the common ancestor on request, and the four ways to settle it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authorship, ConflictSide, ConflictView } from '../../../shared/api/domains/merge';
import type { AnswerContent } from '../../../shared/editor/types';
import { PassageEditor } from '../editor/PassageEditor';
import { WordDiff } from './WordDiff';

/** An edit of a text passage carries rich content; of a table cell or caption, the value. */
export type Choice = { keep: 'mine' | 'theirs' | 'both' } | { keep: 'edit'; text: string } | { keep: 'edit'; content: AnswerContent };

interface Props {
  conflict: ConflictView;
  busy: boolean;
  onResolve: (c: ConflictView, choice: Choice) => void;
}

export function usePlace() {
  const { t } = useTranslation('conflicts');
  return (c: ConflictView) => {
    if (!c.table) return t('text');
    const title = c.table.title || c.table.id;
    return t(c.table.place, { title, row: c.table.row ?? '', column: c.table.column ?? '', field: c.table.field });
  };
}

/** Who wrote it and when; `dateOnly` when the institution is already named beside it. */
export function Writers({ from, dateOnly = false }: { from: Authorship[]; dateOnly?: boolean }) {
  const { t, i18n } = useTranslation('conflicts');
  const date = (iso: string) => (iso ? new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) : '');
  const seen = new Set<string>();
  const unique = from.filter((a) => !seen.has(a.institution) && seen.add(a.institution));
  return (
    <span className="writers">
      {unique.map((a) => (
        <span key={a.revision} title={a.signerKeyId ? `${a.author} · ${a.signerKeyId}` : `${a.author} · ${t('unsigned')}`}>
          {dateOnly ? date(a.createdAt) : t('by', { institution: a.institution, date: date(a.createdAt) })}
        </span>
      ))}
    </span>
  );
}

function Side({ side, other, as, label }: { side: ConflictSide; other: ConflictSide; as: 'removed' | 'added'; label: string }) {
  const { t } = useTranslation('conflicts');
  const gone = side.content === null && side.value === null;
  return (
    <section className={`conflict-side side-${as}`} aria-label={label}>
      <h3>
        {label} <Writers from={side.from} dateOnly={label !== t('mine') && label !== t('theirs')} />
      </h3>
      <div className="side-text" data-side={as === 'removed' ? 'mine' : 'theirs'}>
        {gone ? <em>{t('deleted')}</em> : side.text === '' ? <em>{t('empty')}</em> : <WordDiff text={side.text} other={other.text} as={as} />}
      </div>
    </section>
  );
}

/** "Mine" for this workspace's own text; otherwise the institutions that wrote the side. */
function useSideName() {
  const { t } = useTranslation('conflicts');
  return (side: ConflictSide, fallback: 'mine' | 'theirs') => {
    const names = [...new Set(side.from.filter((a) => a.signerKeyId !== null).map((a) => a.institution))];
    return names.length > 0 && !(fallback === 'mine' && side.from.some((a) => a.signerKeyId === null && !a.merge)) ? names.join(', ') : t(fallback);
  };
}

export function ConflictDetail({ conflict: c, busy, onResolve }: Props) {
  const { t } = useTranslation('conflicts');
  const place = usePlace();
  const sideName = useSideName();
  const mineName = sideName(c.mine, 'mine');
  const theirsName = sideName(c.theirs, 'theirs');
  const keepLabel = (name: string, fallback: 'keepMine' | 'keepTheirs', own: string) => (name === own ? t(fallback) : t('keepSide', { name }));
  const [editing, setEditing] = useState<{ text: string } | { content: AnswerContent } | null>(null);
  const isTable = c.kind === 'table';
  const editable = !isTable || c.table?.place === 'cell' || c.table?.place === 'meta';
  return (
    <div className="conflict-detail">
      <h2>
        {t('inParagraph', { label: c.label })} — {place(c)}
      </h2>
      <p className="hint">{t('diffHint')}</p>
      <div className="conflict-sides">
        <Side side={c.mine} other={c.theirs} as="removed" label={mineName} />
        <Side side={c.theirs} other={c.mine} as="added" label={theirsName} />
      </div>
      <details className="conflict-ancestor">
        <summary>{t('showAncestor')}</summary>
        <div className="side-text">{c.ancestor.text || <em>{t('empty')}</em>}</div>
      </details>
      {editing === null ? (
        <div className="conflict-actions">
          <button type="button" disabled={busy} onClick={() => onResolve(c, { keep: 'mine' })}>
            {keepLabel(mineName, 'keepMine', t('mine'))}
          </button>
          <button type="button" disabled={busy} onClick={() => onResolve(c, { keep: 'theirs' })}>
            {keepLabel(theirsName, 'keepTheirs', t('theirs'))}
          </button>
          <button type="button" disabled={busy || isTable} title={isTable ? t('bothTable') : undefined} onClick={() => onResolve(c, { keep: 'both' })}>
            {t('keepBoth')}
          </button>
          {editable && (
            <button type="button" disabled={busy} onClick={() => setEditing(isTable ? { text: c.mine.text } : { content: c.mine.content ?? [] })}>
              {t('edit')}
            </button>
          )}
        </div>
      ) : (
        <form
          className="conflict-edit"
          onSubmit={(e) => {
            e.preventDefault();
            onResolve(c, { keep: 'edit', ...editing });
          }}
        >
          {'text' in editing ? (
            <label>
              {t('editHint')}
              <input value={editing.text} onChange={(e) => setEditing({ text: e.target.value })} autoFocus />
            </label>
          ) : (
            <>
              <p className="hint">{t('editHint')}</p>
              <PassageEditor label={t('editedVersion')} initial={c.mine.content} onChange={(content) => setEditing({ content })} />
            </>
          )}
          <div className="conflict-actions">
            <button type="submit" disabled={busy}>
              {t('save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** The API arguments for a choice: an edited passage as rich content, a table value as a string. */
export function resolveArgs(c: ConflictView, choice: Choice) {
  if (choice.keep !== 'edit') return { id: c.id, keep: choice.keep };
  return 'content' in choice ? { id: c.id, keep: 'edit' as const, content: choice.content } : { id: c.id, keep: 'edit' as const, value: choice.text };
}
