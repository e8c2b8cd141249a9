// Which paragraphs an institution answers: parsed from "5,13-17" and checked against the list of
// issues; and which paragraph an answer belongs to ("30a.ii" belongs to paragraph 30).
import { coreError } from '../../../shared/core-messages';
import type { Db } from '../store/database';

export function paragraphOf(ref: string): string {
  return /^\d+/.exec(ref)?.[0] ?? ref;
}

export function parseParagraphList(db: Db, spec: string): string[] {
  const known = new Set((db.prepare("SELECT ref FROM node WHERE kind = 'paragraph'").all() as Array<{ ref: string }>).map((r) => r.ref));
  const out = new Set<string>();
  const parts = spec.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) throw coreError('bundles.paragraphsNone', {});
  for (const part of parts) {
    const m = /^(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?$/.exec(part);
    if (!m) throw coreError('bundles.paragraphSpec', { part });
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) throw coreError('bundles.rangeBackwards', { part });
    for (let n = from; n <= to; n++) {
      if (!known.has(String(n))) throw coreError('bundles.noParagraph', { paragraph: n, count: known.size }, 'not_found');
      out.add(String(n));
    }
  }
  return [...out].sort((a, b) => Number(a) - Number(b));
}

/** "5, 13-17" back from a sorted list, for people. */
export function formatParagraphList(paragraphs: string[]): string {
  const nums = paragraphs.map(Number).sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
    out.push(j > i ? `${nums[i]}-${nums[j]}` : `${nums[i]}`);
    i = j + 1;
  }
  return out.join(', ');
}
