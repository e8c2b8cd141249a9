// Marks, in the answer's table grid, the cells an open conflict is about: the grid shows one side's
// value until the coordinator decides, so the cell says it is disputed (outline, tooltip and an
// accessible description). The grid draws rows lazily, so the marks are renewed as rows appear.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../../../shared/api/domains/merge';

const MARK = 'data-disputed';

export function useDisputedCells(target: string, conflicts: ConflictView[] | null): void {
  const { t } = useTranslation('conflicts');
  useEffect(() => {
    const root = document.querySelector(`[data-answer="${target}"]`);
    const cells = (conflicts ?? []).flatMap((c) => (c.open && c.table?.cell ? [{ table: c.table.id, ...c.table.cell }] : []));
    if (!root || cells.length === 0) return;
    const note = t('disputedCell');
    const mark = () => {
      for (const c of cells) {
        const block = root.querySelector(`.dt-block[data-table-id="${CSS.escape(c.table)}"]`);
        const heads = block?.querySelectorAll('thead tr').length ?? 0;
        const td = block?.querySelector(`tbody tr[aria-rowindex="${heads + c.row + 1}"] td[aria-colindex="${c.column + 1}"]`);
        if (!td || td.hasAttribute(MARK)) continue;
        td.setAttribute(MARK, '');
        td.setAttribute('aria-description', note);
        if (!td.hasAttribute('title')) td.setAttribute('title', note);
      }
    };
    mark();
    const watch = new MutationObserver(mark);
    watch.observe(root, { childList: true, subtree: true });
    return () => {
      watch.disconnect();
      for (const td of root.querySelectorAll(`[${MARK}]`)) {
        td.removeAttribute(MARK);
        td.removeAttribute('aria-description');
        if (td.getAttribute('title') === note) td.removeAttribute('title');
      }
    };
  }, [target, conflicts, t]);
}
