// A drafter takes a newer invitation from its coordinator, who moved paragraphs between institutions
// by inviting it again: the paragraphs assigned to it change. Its text of paragraphs no longer
// assigned stays, in the answers and their history; its bundles simply stop sending it.
import type { Reassignment } from '../../../shared/api/bundle-types';
import { selfInstitution, setParagraphs } from '../identity/institutions';
import type { Db } from '../store/database';
import { formatParagraphList } from './paragraphs';

/**
 * Takes the invitation's paragraphs, unless it is older than one taken before: older by both the
 * coordinator's numbering of what it signs and its clock. Either one alone misleads once: a laptop
 * clock set years ahead for one invitation would make every later one look older, and a coordinator
 * that restored a backup numbers its next invitation again from there. The caller holds the transaction.
 */
export function takeParagraphs(db: Db, paragraphs: string[], sequence: number, createdAt: string): Reassignment {
  const self = selfInstitution(db);
  if (!self) throw new Error('a joined workspace has its own institution');
  const newest = db
    .prepare("SELECT max(seq) AS seq, max(created_at) AS created_at FROM bundle_in WHERE kind = 'invitation'")
    .get() as { seq: number | null; created_at: string | null };
  // An old invitation opened late must not undo the newer one: its answers merge, its paragraphs do not count.
  if (newest.seq !== null && sequence < newest.seq && createdAt <= newest.created_at!) {
    return { paragraphs: self.paragraphs, was: self.paragraphs, olderThan: newest.created_at };
  }
  setParagraphs(db, self.id, paragraphs);
  return { paragraphs, was: self.paragraphs, olderThan: null };
}

/** "Now assigned: 13 (was 5, 13)", as the import report and join print it. */
export function describeReassignment(r: Reassignment): string {
  const now = formatParagraphList(r.paragraphs) || '(none)';
  if (r.olderThan) return `Older than the invitation of ${r.olderThan.slice(0, 16).replace('T', ' ')} UTC, taken before: still assigned ${now}`;
  const same = r.paragraphs.join() === r.was.join();
  return same ? `Still assigned: ${now}` : `Now assigned: ${now} (was ${formatParagraphList(r.was) || 'none'})`;
}
