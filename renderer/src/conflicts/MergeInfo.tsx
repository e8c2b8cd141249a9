// Beside one answer in the paragraph view: a notice while the answer has open merge conflicts (with
// the way into its queue) and, on request, who wrote each of its blocks and table cells.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerProvenance, Authorship } from '../../../shared/api/domains/merge';
import { api } from '../api/client';
import { ConflictDialog } from './ConflictDialog';
import { Writers } from './ConflictDetail';
import { useConflicts } from './use-conflicts';
import './conflicts.css';

interface Props {
  target: string;
  /** The answer's current revision: provenance reloads when it changes. */
  revision: string | null;
  onResolved: () => void;
}

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function CellSummary({ cells }: { cells: AnswerProvenance['cells'] }) {
  const { t } = useTranslation('conflicts');
  const byWriter = new Map<string, { by: Authorship; count: number }>();
  for (const c of cells) {
    const e = byWriter.get(c.by.institution) ?? { by: c.by, count: 0 };
    e.count += 1;
    byWriter.set(c.by.institution, e);
  }
  return (
    <ul className="cell-writers">
      {[...byWriter.values()].map((e) => (
        <li key={e.by.institution}>
          {t('cells', { count: e.count })}: <Writers from={[e.by]} />
        </li>
      ))}
    </ul>
  );
}

export function MergeInfo({ target, revision, onResolved }: Props) {
  const { t } = useTranslation('conflicts');
  const { list, reload } = useConflicts(target);
  const [open, setOpen] = useState(false);
  const [who, setWho] = useState<AnswerProvenance | null>(null);
  const [showWho, setShowWho] = useState(false);

  const loadWho = useCallback(async () => {
    const r = await api['answer.provenance']({ ref: target });
    if (r.ok) setWho(r.value);
  }, [target]);
  useEffect(() => {
    if (showWho) void loadWho();
  }, [showWho, loadWho, revision]);
  useEffect(() => {
    void reload();
  }, [revision, reload]);

  const count = list?.length ?? 0;
  const tables = new Map<number, AnswerProvenance['cells']>();
  for (const c of who?.cells ?? []) tables.set(c.block!, [...(tables.get(c.block!) ?? []), c]);
  const titleOf = (cells: AnswerProvenance['cells']) => cells[0]?.table ?? '';

  return (
    <div className="merge-info" data-merge-info={target}>
      {count > 0 && (
        <p className="conflict-notice" role="status">
          <span>{t('notice', { count })}</span>
          <button type="button" onClick={() => setOpen(true)}>
            {t('review')}
          </button>
        </p>
      )}
      {revision !== null && (
        <button type="button" className="link-button" aria-expanded={showWho} onClick={() => setShowWho((s) => !s)}>
          {showWho ? t('whoHide') : t('who')}
        </button>
      )}
      {showWho && who && revision !== null && (
        <section className="provenance" aria-label={t('whoTitle')}>
          {who.blocks.length === 0 && who.cells.length === 0 ? (
            <p>{t('noAnswer')}</p>
          ) : (
            <ol>
              {who.blocks.map((b) => (
                <li key={`b${b.block}`} title={b.by.signerKeyId ?? undefined}>
                  <span className="block-text">{short(b.text) || t('empty')}</span> <Writers from={[b.by]} />
                </li>
              ))}
              {[...tables].map(([block, cells]) => (
                <li key={`t${block}`}>
                  <span className="block-text">{t('table', { title: titleOf(cells) })}</span>
                  <CellSummary cells={cells} />
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {open && (
        <ConflictDialog
          only={target}
          onClose={() => setOpen(false)}
          onResolved={() => {
            onResolved();
          }}
        />
      )}
    </div>
  );
}
