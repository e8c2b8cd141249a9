// Fixes a user can make in the import preview before committing: merge a paragraph or item into the
// one before it, split a paragraph where a number was kept as text, renumber from a paragraph on.
// Pure: a parsed list in, a new one out; footnotes and paragraph-scoped limits follow the numbers.
import { ROMANS, isRoman, nextLetter } from './line-kinds';
import type { ParsedLoi, Paragraph, SubItem } from './types';

const join = (a: string, b: string) => [a, b].filter((t) => t.trim() !== '').join(' ');

function remap(loi: ParsedLoi, paragraphs: Paragraph[], map: Map<string, string>): ParsedLoi {
  const to = (n: string) => map.get(n) ?? n;
  return {
    ...loi,
    paragraphs,
    footnotes: loi.footnotes.map((f) => (f.paragraph === null ? f : { ...f, paragraph: to(f.paragraph) })),
    limits: loi.limits.map((l) => (l.scope.kind === 'paragraph' ? { ...l, scope: { kind: 'paragraph', number: to(l.scope.number) } } : l)),
  };
}

/** Paragraph `index` becomes part of the paragraph before it: its text, items and footnotes. */
export function mergeParagraph(loi: ParsedLoi, index: number): ParsedLoi {
  if (index < 1 || index >= loi.paragraphs.length) return loi;
  const [prev, cur] = [loi.paragraphs[index - 1], loi.paragraphs[index]];
  // The later text follows whatever came last: the earlier paragraph's last item, or its text.
  const last = prev.subitems[prev.subitems.length - 1];
  let text = prev.text;
  let items = prev.subitems;
  if (cur.text.trim() !== '') {
    if (last) items = [...items.slice(0, -1), { ...last, text: join(last.text, cur.text) }];
    else text = join(text, cur.text);
  }
  // Items of the later paragraph continue the earlier one's lettering.
  let label = last?.label;
  const moved = cur.subitems.map((s) => {
    label = nextLetter(label);
    return { ...s, label };
  });
  const merged: Paragraph = {
    ...prev,
    text,
    subitems: [...items, ...moved],
    footnotes: [...new Set([...prev.footnotes, ...cur.footnotes])],
    references: [...new Set([...prev.references, ...cur.references])],
  };
  const paragraphs = [...loi.paragraphs.slice(0, index - 1), merged, ...loi.paragraphs.slice(index + 1)];
  return remap(loi, paragraphs, new Map([[cur.number, prev.number]]));
}

/** Where a paragraph's text could be split: before a "N." kept as text, or before any sentence. */
export function splitPoints(p: Paragraph): Array<{ at: number; preview: string }> {
  const out: Array<{ at: number; preview: string }> = [];
  const re = /(?<=[.;:?!]["”’)]?\s)(?=\S)/gu;
  for (const m of p.text.matchAll(re)) out.push({ at: m.index, preview: p.text.slice(m.index, m.index + 60) });
  return out;
}

/** Splits paragraph `index` at a character offset of its text; the new paragraph takes the items. */
export function splitParagraph(loi: ParsedLoi, index: number, at: number): ParsedLoi {
  const p = loi.paragraphs[index];
  if (!p || at <= 0 || at >= p.text.length) return loi;
  const rest = p.text.slice(at).trim();
  const typed = /^(\d{1,3})\.\s+(\S[\s\S]*)$/u.exec(rest);
  const number = typed ? typed[1] : String(Number(p.number) + 1);
  const first: Paragraph = { ...p, text: p.text.slice(0, at).trim(), subitems: [], footnotes: [], references: [] };
  const second: Paragraph = { ...p, number, text: typed ? typed[2] : rest };
  return { ...loi, paragraphs: [...loi.paragraphs.slice(0, index), first, second, ...loi.paragraphs.slice(index + 1)] };
}

/** Numbers paragraphs from `index` on as start, start + 1, … */
export function renumberFrom(loi: ParsedLoi, index: number, start: number): ParsedLoi {
  if (!Number.isInteger(start) || start < 1 || start + (loi.paragraphs.length - index) > 999) return loi;
  const map = new Map<string, string>();
  const paragraphs = loi.paragraphs.map((p, i) => {
    if (i < index) return p;
    const number = String(start + i - index);
    map.set(p.number, number);
    return { ...p, number };
  });
  return remap(loi, paragraphs, map);
}

/** Item `path` (indexes from the paragraph down) becomes part of the item before it. */
export function mergeItem(loi: ParsedLoi, paragraph: number, path: number[]): ParsedLoi {
  const at = path[path.length - 1];
  if (at < 1) return loi;
  const edit = (items: SubItem[], depth: number): SubItem[] => {
    if (depth < path.length - 1) return items.map((s, i) => (i === path[depth] ? { ...s, subitems: edit(s.subitems, depth + 1) } : s));
    const [prev, cur] = [items[at - 1], items[at]];
    return [...items.slice(0, at - 1), { ...prev, text: join(prev.text, cur.text), subitems: [...prev.subitems, ...cur.subitems] }, ...items.slice(at + 1)];
  };
  return { ...loi, paragraphs: loi.paragraphs.map((p, i) => (i === paragraph ? { ...p, subitems: edit(p.subitems, 0) } : p)) };
}

export type Doubt = 'number' | 'duplicate' | 'kept-number' | 'kept-item' | 'item-sequence' | 'empty';

/** What looks uncertain in each paragraph, for the preview to highlight. */
export function doubts(loi: ParsedLoi): Doubt[][] {
  const seen = new Set<string>();
  return loi.paragraphs.map((p, i) => {
    const out: Doubt[] = [];
    if (i > 0 && Number(p.number) !== Number(loi.paragraphs[i - 1].number) + 1) out.push('number');
    if (i === 0 && p.number !== '1') out.push('number');
    if (seen.has(p.number)) out.push('duplicate');
    seen.add(p.number);
    const texts = [p.text, ...p.subitems.map((s) => s.text)];
    if (texts.some((t) => /(?:^|[.;:?!]\s)\d{1,3}\.\s+\p{Lu}/u.test(t))) out.push('kept-number');
    if (texts.some((t) => /[.;:]\s\(?[a-z]{1,2}\)\s+\p{Lu}/u.test(t))) out.push('kept-item');
    if (!itemsInSequence(p.subitems)) out.push('item-sequence');
    if (p.text.trim() === '' && p.subitems.length === 0) out.push('empty');
    return out;
  });
}

function itemsInSequence(items: SubItem[]): boolean {
  const roman = items.length > 0 && items.every((s) => isRoman(s.label)) && items[0].label === 'i';
  const ok = items.every((s, i) => s.label === (roman ? ROMANS[i] : i === 0 ? 'a' : nextLetter(items[i - 1].label)));
  return ok && items.every((s) => s.subitems.length === 0 || s.subitems.every((n, j) => n.label === ROMANS[j]));
}
