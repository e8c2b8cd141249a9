// A name shown to people and carried in signed bundles (an institution, a revision's author): one
// line without control characters or the bidi overrides that could disguise it. Bundles refuse
// any other (main/core/bundle/payload.ts), so a name is held to this where it is first given too.
import { z } from 'zod';

export const oneLine = (s: string): boolean => s.trim() === s && !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(s);

export const displayName = z.string().min(1).max(200).refine(oneLine, 'must be one line without control or formatting characters');

/** The author of the revisions the merge writes (main/core/revisions/heads.ts): no institution may be called so. */
export const AUTO_MERGE_AUTHOR = 'Treaty Desk (automatic merge)';

/** Why `name` (tidied) cannot name an institution: not a display name, or the merge's own; null when it can. */
export function institutionNameProblem(name: string): 'invalid' | 'reserved' | null {
  if (!displayName.safeParse(name).success) return 'invalid';
  return name.normalize('NFC').toLocaleLowerCase() === AUTO_MERGE_AUTHOR.toLocaleLowerCase() ? 'reserved' : null;
}

/** A name as typed, with its runs of white space made one space and its ends trimmed. */
export const tidyName = (typed: string): string => typed.replace(/\s+/g, ' ').trim();
