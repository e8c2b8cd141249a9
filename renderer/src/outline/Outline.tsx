// The list of issues as a tree: headings group the numbered paragraphs, which hold their sub-items.
// Arrow keys move between items, Enter opens one (the ARIA tree pattern with a roving tab stop).
import { type KeyboardEvent, memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Budget, OutlineNode } from '../../../shared/api/types';

interface Props {
  nodes: OutlineNode[];
  budget: Budget;
  selected: string | null;
  onSelect: (paragraphRef: string) => void;
}

const short = (t: string, n = 90) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

// Memoised: typing in an answer re-renders the app's budget, not this tree of every question.
export const Outline = memo(function Outline({ nodes, budget, selected, onSelect }: Props) {
  const tree = useRef<HTMLUListElement>(null);
  const { t } = useTranslation('outline');
  // "retired" holds questions a re-import left out, kept with their answers (main/core/import/reimport.ts).
  const headingName = (n: OutlineNode) =>
    n.ref === 'retired' ? t('retired') : n.kind === 'section' ? t('section', { label: n.label }) : [n.label && `${n.label}.`, n.text].filter(Boolean).join(' ');
  const children = useMemo(() => {
    const map = new Map<string | null, OutlineNode[]>();
    for (const n of nodes) map.set(n.parentRef, [...(map.get(n.parentRef) ?? []), n]);
    return map;
  }, [nodes]);
  const paragraphOf = (n: OutlineNode) => (n.kind === 'paragraph' ? n.ref : (/^\d+/.exec(n.ref)?.[0] ?? n.ref));

  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(tree.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => items[Math.max(0, Math.min(items.length - 1, i))]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      const ref = (document.activeElement as HTMLElement | null)?.dataset.paragraph;
      if (ref) onSelect(ref);
    } else return;
    e.preventDefault();
  };

  const sectionWords = (n: OutlineNode) => {
    const limit = n.kind === 'section' ? (budget.sections.find((s) => s.section === n.label)?.limit ?? null) : null;
    if (limit === null) return n.words > 0 ? <span className="tree-words">{n.words}</span> : null;
    const over = n.words > limit;
    return (
      <span className={over ? 'tree-words over' : 'tree-words'} data-over={over}>
        {n.words} / {limit}
      </span>
    );
  };

  const render = (n: OutlineNode) => {
    const kids = children.get(n.ref) ?? [];
    if (n.kind === 'paragraph' || n.kind === 'subitem') {
      const para = paragraphOf(n);
      const isSelected = n.kind === 'paragraph' && para === selected;
      const name = n.kind === 'paragraph' ? `${n.label}. ${short(n.text)}` : `(${n.label}) ${short(n.text, 70)}`;
      return (
        <li
          key={n.ref}
          role="treeitem"
          aria-label={name}
          aria-selected={isSelected}
          aria-expanded={kids.length > 0 ? isSelected : undefined}
          tabIndex={isSelected || (selected === null && n.ref === '1') ? 0 : -1}
          data-paragraph={para}
          data-ref={n.ref}
          className={`tree-${n.kind} status-${n.status}${isSelected ? ' selected' : ''}`}
          onClick={(e) => {
            e.stopPropagation();
            onSelect(para);
          }}
        >
          <span className="tree-row">
            <span className="tree-label">{n.kind === 'paragraph' ? `${n.label}.` : `(${n.label})`}</span>
            <span className="tree-text">{short(n.text, 60)}</span>
            {(n.conflicts ?? 0) > 0 && (
              <span className="tree-conflicts" data-conflicts={n.conflicts} title={t('marker', { ns: 'conflicts', count: n.conflicts })} aria-label={t('marker', { ns: 'conflicts', count: n.conflicts })}>
                ⚠ {n.conflicts}
              </span>
            )}
            {n.words > 0 && <span className="tree-words">{n.words}</span>}
          </span>
          {kids.length > 0 && isSelected && <ul role="group">{kids.map(render)}</ul>}
        </li>
      );
    }
    return (
      <li key={n.ref} role="group" aria-label={headingName(n)} className={`tree-group tree-${n.kind}`}>
        <div className="tree-caption" aria-hidden="true">
          {headingName(n)}
          {sectionWords(n)}
        </div>
        <ul role="none">{kids.map(render)}</ul>
      </li>
    );
  };

  return (
    <ul className="outline" role="tree" aria-label={t('tree')} ref={tree} onKeyDown={onKeyDown}>
      {(children.get(null) ?? []).map(render)}
    </ul>
  );
});
