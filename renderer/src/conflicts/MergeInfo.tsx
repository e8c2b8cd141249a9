// Beside one answer in the paragraph view: a notice while the answer has open merge conflicts (with
// the way into its queue) and, on request, who wrote each of its blocks and table cells.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerProvenance } from '../../../shared/api/domains/merge';
import { api } from '../api/client';
import { ConflictDialog } from './ConflictDialog';
import { ProvenancePanel } from './ProvenancePanel';
import { useConflicts } from './use-conflicts';
import { useDisputedCells } from './use-disputed-cells';
import { useProvenanceHover } from './use-provenance-hover';
import './conflicts.css';

interface Props {
  target: string;
  /** The answer's current revision: provenance reloads when it changes. */
  revision: string | null;
  onResolved: () => void;
}

export function MergeInfo({ target, revision, onResolved }: Props) {
  const { t } = useTranslation('conflicts');
  const { list, reload } = useConflicts(target);
  const [open, setOpen] = useState(false);
  // A decision taken in this answer's queue: the paragraph is read again when the queue closes.
  const decided = useRef(false);
  const queueOpen = useRef(false);
  queueOpen.current = open;
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

  const hovered = useProvenanceHover(target, showWho && revision !== null ? who : null);
  useDisputedCells(target, list);
  const count = list?.length ?? 0;

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
          <ProvenancePanel who={who} hovered={hovered} conflicts={list ?? []} />
        </section>
      )}
      {open && (
        <ConflictDialog
          only={target}
          onClose={() => {
            queueOpen.current = false;
            setOpen(false);
            // The paragraph is read again (and this notice with it) once the queue is closed: reading
            // it at each decision would close the queue with it, before the answer's next conflict.
            if (decided.current) onResolved();
            decided.current = false;
          }}
          onResolved={() => {
            // A decision whose answer came after the queue was closed is read at once.
            if (queueOpen.current) decided.current = true;
            else onResolved();
          }}
        />
      )}
    </div>
  );
}
