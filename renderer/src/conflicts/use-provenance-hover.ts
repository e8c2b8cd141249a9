// Links the answer's editor to its provenance panel: the paragraph, list item or table cell under the
// pointer (or keyboard focus) gets a tooltip naming who wrote it and when, and its line in the panel
// is highlighted. Blocks are found by position, as the core numbers them: paragraphs, quotations,
// each list item and each table, in order.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerProvenance, Authorship } from '../../../shared/api/domains/merge';
import { formatDateTime } from '../i18n';
import { blockKey, itemOfCell } from './ProvenancePanel';

/** The editor's blocks in the core's order: lists are opened into their items. */
function units(root: Element): Element[] {
  return [...root.children]
    .filter((e) => e.getAttribute('data-slate-node') === 'element')
    .flatMap((e) => (e.tagName === 'UL' || e.tagName === 'OL' ? [...e.children] : [e]));
}

/** The provenance entry under a DOM node, and the element that should carry the tooltip. */
function locate(who: AnswerProvenance, root: Element, node: Element): { item: string; by: Authorship; el: Element } | null {
  const td = node.closest('td[role="gridcell"]');
  const block = node.closest('.dt-block[data-table-id]');
  if (td && block && root.contains(block)) {
    const id = block.getAttribute('data-table-id');
    const heads = block.querySelectorAll('thead tr').length;
    const r = Number(td.parentElement?.getAttribute('aria-rowindex')) - 1 - heads;
    const c = Number(td.getAttribute('aria-colindex')) - 1;
    const cells = who.cells.filter((x) => x.table === id);
    const columns = new Set(cells.map((x) => x.column)).size;
    const cell = columns > 0 ? cells[r * columns + c] : undefined;
    return cell ? { item: itemOfCell(cell), by: cell.by, el: td } : null;
  }
  const i = units(root).findIndex((u) => u.contains(node));
  const entry = who.blocks.find((b) => b.block === i);
  return entry ? { item: blockKey(i), by: entry.by, el: units(root)[i] } : null;
}

/** The element's tooltip is the one this hook put there (kept in data-provenance), not the editor's. */
const ours = (el: Element) => el.getAttribute('title') === el.getAttribute('data-provenance');

export function useProvenanceHover(target: string, who: AnswerProvenance | null): string | null {
  const { t, i18n } = useTranslation('conflicts');
  const [hovered, setHovered] = useState<string | null>(null);
  useEffect(() => {
    const root = document.querySelector(`[data-answer="${target}"] [data-slate-editor]`);
    if (!root || !who) return;
    const on = (e: Event) => {
      const found = e.target instanceof Element ? locate(who, root, e.target) : null;
      setHovered(found?.item ?? null);
      // A tooltip of our own only where the editor put none, or ours is still there (a table
      // check's message, set by React at any time, wins and is never overwritten or removed).
      if (found && (!found.el.hasAttribute('title') || ours(found.el))) {
        const when = found.by.createdAt ? formatDateTime(found.by.createdAt, i18n.language) : '';
        const text = t('writtenBy', { by: t('by', { institution: found.by.institution, date: when }) });
        found.el.setAttribute('title', text);
        found.el.setAttribute('data-provenance', text);
      }
    };
    const off = () => setHovered(null);
    root.addEventListener('mouseover', on);
    root.addEventListener('focusin', on);
    root.addEventListener('mouseleave', off);
    return () => {
      root.removeEventListener('mouseover', on);
      root.removeEventListener('focusin', on);
      root.removeEventListener('mouseleave', off);
      for (const el of root.querySelectorAll('[data-provenance]')) {
        if (ours(el)) el.removeAttribute('title');
        el.removeAttribute('data-provenance');
      }
    };
  }, [target, who, t, i18n.language]);
  return hovered;
}
