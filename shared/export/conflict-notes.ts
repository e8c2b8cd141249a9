// Open merge conflicts in a draft or review copy: the merge leaves both versions of a passage one
// after the other in the answer, which would print as ordinary consecutive paragraphs. This cuts
// the answer at each conflict and puts a note before it, before each version and after it.
import type { AnswerContent } from '../editor/types';
import { type Unit, fromUnits, toUnits } from '../merge/units';
import { REPORT_STRINGS } from './strings';
import type { ConflictMark, ReportLanguage } from './types';

export type NotedSegment = { blocks: AnswerContent } | { note: string };

export function withConflictNotes(content: AnswerContent, marks: readonly ConflictMark[], language: ReportLanguage): NotedSegment[] {
  if (marks.length === 0) return [{ blocks: content }];
  const s = REPORT_STRINGS[language];
  const units = toUnits(content);
  // Notes keyed by the unit they stand before (units.length: after the last one).
  const notes = new Map<number, string[]>();
  const put = (at: number, note: string) => notes.set(at, [...(notes.get(at) ?? []), note]);
  for (const m of marks) {
    const [one, two] = m.writers;
    if (m.table) {
      const [a, b] = m.table.values;
      const sides = `${s.conflictValue(one, a)}; ${s.conflictValue(two, b)}`;
      // The table shows side a's value, or the surviving side's where a deleted it.
      put(m.at, s.conflictTable(s.conflictPlace(m.table), sides, a !== null ? one : two));
      continue;
    }
    const [la, lb] = m.lengths ?? [0, 0];
    put(m.at, s.conflictStart(one, two));
    put(m.at, la > 0 ? s.conflictVersion(1, one) : s.conflictDeleted(1, one));
    put(m.at + la, lb > 0 ? s.conflictVersion(2, two) : s.conflictDeleted(2, two));
    put(m.at + la + lb, s.conflictEnd);
  }
  const out: NotedSegment[] = [];
  let run: Unit[] = [];
  const flush = () => {
    if (run.length) out.push({ blocks: fromUnits(run) });
    run = [];
  };
  for (let i = 0; i <= units.length; i++) {
    const here = notes.get(i);
    if (here) {
      flush();
      out.push(...here.map((note) => ({ note })));
    }
    if (i < units.length) run.push(units[i]);
  }
  flush();
  return out;
}
