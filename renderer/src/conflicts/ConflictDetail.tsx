// One conflict: where it is, the two versions side by side with their differing words highlighted,
// the common ancestor on request, and the four ways to settle it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authorship, ConflictSide, ConflictView } from '../../../shared/api/domains/merge';
import { type AnswerContent, footnotes, isTable as isTableBlock, plainText } from '../../../shared/editor/types';
import { PassageEditor } from '../editor/PassageEditor';
import { formatDateTime } from '../i18n';
import { ReadOnlyPassage } from './ReadOnlyPassage';
import { type HiddenDifference, hiddenDifference } from './side-difference';
import { WordDiff } from './WordDiff';

/** An edit of a text passage carries rich content; of a table cell or caption, the value. */
export type Choice = { keep: 'mine' | 'theirs' | 'both' } | { keep: 'edit'; text: string } | { keep: 'edit'; content: AnswerContent };

interface Props {
  conflict: ConflictView;
  busy: boolean;
  onResolve: (c: ConflictView, choice: Choice) => void;
  /** Told when an agreed version starts or stops being written (the queue then keeps Escape from closing it). */
  onEditing?: (editing: boolean) => void;
}

export function usePlace() {
  const { t, i18n } = useTranslation('conflicts');
  return (c: ConflictView) => {
    if (!c.table) return t('text');
    const table = c.table.title ? t('placeTable', { title: c.table.title }) : t('placeTableN', { n: c.table.number });
    // A caption field by the name the table's own form gives it ("Source", "Units"), not its key.
    const field = t(c.table.field, { ns: 'tables', defaultValue: c.table.field }).toLocaleLowerCase(i18n.language);
    return t(c.table.place, { table, row: c.table.row ?? '', column: c.table.column ?? '', field });
  };
}

/** How a signer is named on hover: the person, and the key's fingerprint as the Bundles screen reads it. */
export function useSignerTitle() {
  const { t } = useTranslation('conflicts');
  return (a: Authorship) =>
    a.signerKeyId === null ? `${a.author} · ${t('unsigned')}` : t('signedWith', { author: a.author, fp: a.signerFingerprint ?? a.signerKeyId });
}

/** Who wrote it and when; `dateOnly` when the institution is already named beside it. */
export function Writers({ from, dateOnly = false }: { from: Authorship[]; dateOnly?: boolean }) {
  const { t, i18n } = useTranslation('conflicts');
  const signer = useSignerTitle();
  const date = (iso: string) => (iso ? formatDateTime(iso, i18n.language) : '');
  const seen = new Set<string>();
  const unique = from.filter((a) => !seen.has(a.institution) && seen.add(a.institution));
  return (
    <span className="writers">
      {unique.map((a) => (
        <span key={a.revision} title={signer(a)}>
          {dateOnly ? date(a.createdAt) : t('by', { institution: a.institution, date: date(a.createdAt) })}
        </span>
      ))}
    </span>
  );
}

interface SideProps {
  side: ConflictSide;
  other: ConflictSide;
  as: 'removed' | 'added';
  label: string;
  /** Set when both sides have the same words: the side is drawn with its formatting and footnotes. */
  hidden: HiddenDifference;
}

function Side({ side, other, as, label, hidden }: SideProps) {
  const { t } = useTranslation('conflicts');
  const gone = side.content === null && side.value === null;
  const mine = as === 'removed';
  return (
    <section className={`conflict-side side-${as}`} aria-label={label}>
      <h3>
        {label} <Writers from={side.from} dateOnly={label !== t('mine') && label !== t('theirs')} />
      </h3>
      <div className="side-text" data-side={as === 'removed' ? 'mine' : 'theirs'}>
        {gone ? (
          <em>{t('deleted')}</em>
        ) : hidden && side.content ? (
          <ReadOnlyPassage content={side.content} />
        ) : side.text === '' ? (
          <em>{t('empty')}</em>
        ) : (
          <WordDiff text={side.text} other={other.text} as={as} />
        )}
      </div>
      {hidden?.kind === 'footnotes' && (
        <ul className="side-notes">
          {hidden.notes.map((n) => {
            const note = mine ? n.mine : n.theirs;
            return (
              <li key={n.n}>
                {note === null ? <em>{t('noFootnote', { n: n.n })}</em> : <mark className={`diff-${as}`}>{t('footnote', { n: n.n, note })}</mark>}
              </li>
            );
          })}
        </ul>
      )}
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

export function ConflictDetail({ conflict: c, busy, onResolve, onEditing }: Props) {
  const { t } = useTranslation('conflicts');
  const place = usePlace();
  const sideName = useSideName();
  const mineName = sideName(c.mine, 'mine');
  const theirsName = sideName(c.theirs, 'theirs');
  const keepLabel = (name: string, fallback: 'keepMine' | 'keepTheirs', own: string) => (name === own ? t(fallback) : t('keepSide', { name }));
  const [editing, setEditing] = useState<{ text: string } | { content: AnswerContent } | null>(null);
  const isEditing = editing !== null;
  const emptyPassage =
    editing !== null && 'content' in editing && plainText(editing.content).trim() === '' && footnotes(editing.content).length === 0 && !editing.content.some(isTableBlock);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  if (confirmEmpty && !emptyPassage) setConfirmEmpty(false);
  useEffect(() => {
    onEditing?.(isEditing);
    return () => onEditing?.(false);
  }, [isEditing, onEditing]);
  const isTable = c.kind === 'table';
  const editable = !isTable || c.table?.place === 'cell' || c.table?.place === 'meta';
  const hidden = hiddenDifference(c.mine.text, c.theirs.text, c.mine.content, c.theirs.content);
  return (
    <div className="conflict-detail">
      <h2>
        {t('inParagraph', { label: c.label })} — {place(c)}
      </h2>
      {hidden === null ? (
        <p className="hint">{t('diffHint')}</p>
      ) : (
        <p className="hint hidden-difference" role="note">
          {hidden.kind === 'formatting'
            ? t('sameWordsFormatting')
            : t('sameWordsFootnotes', { count: hidden.notes.length, list: hidden.notes.map((n) => n.n).join(', ') })}
        </p>
      )}
      {c.edited && (
        <p className="hint" role="note" data-testid="conflict-edited">
          {t('editedHint')}
        </p>
      )}
      <div className="conflict-sides">
        <Side side={c.mine} other={c.theirs} as="removed" label={mineName} hidden={hidden} />
        <Side side={c.theirs} other={c.mine} as="added" label={theirsName} hidden={hidden} />
      </div>
      <details className="conflict-ancestor">
        <summary>{t('showAncestor')}</summary>
        <div className="side-text">
          {hidden && c.ancestor.content ? <ReadOnlyPassage content={c.ancestor.content} /> : c.ancestor.text || <em>{t('empty')}</em>}
        </div>
        {hidden?.kind === 'footnotes' && c.ancestor.content && (
          <ul className="side-notes">
            {footnotes(c.ancestor.content).map((note, i) => (
              <li key={i}>{t('footnote', { n: i + 1, note })}</li>
            ))}
          </ul>
        )}
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
            // An empty agreed passage removes both versions: said first, then done on the second press.
            if (emptyPassage && !confirmEmpty) return setConfirmEmpty(true);
            onResolve(c, { keep: 'edit', ...editing });
          }}
        >
          {'text' in editing ? (
            <label>
              {t('cellEditHint')}
              <input value={editing.text} onChange={(e) => setEditing({ text: e.target.value })} autoFocus />
            </label>
          ) : (
            <>
              <p className="hint">{t('editHint')}</p>
              <PassageEditor label={t('editedVersion')} initial={c.mine.content} onChange={(content) => setEditing({ content })} />
            </>
          )}
          {emptyPassage && confirmEmpty && (
            <p className="hint conflict-empty-edit" role="alert">
              {t('emptyEdit')}
            </p>
          )}
          <div className="conflict-actions">
            <button type="submit" disabled={busy}>
              {emptyPassage && confirmEmpty ? t('removePassage') : t('save')}
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
