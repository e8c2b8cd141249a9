// The coordinating ministry's own name. A new workspace opened from the app is made for "Lead
// ministry" until the coordinator names it; the name is what invitations, bundles, the header,
// assignments and new revisions carry. Once a bundle has been signed, the institutions that take
// it know the coordinator by that name (an invitation binds it), so it no longer changes.
import { type CoreMessage, coreMessage, coreRefusal } from '../../../shared/core-messages';
import type { WorkspaceInfo } from '../../../shared/api/types';
import type { Db } from '../store/database';
import { audit, readWorkspace } from '../store/workspace-store';
import { checkedInstitutionName } from './institution-name';

/** Why our name can no longer change (a drafter's; the first bundle signed), or null while it can. */
export function renameRefusal(db: Db, ws: WorkspaceInfo = readWorkspace(db)): CoreMessage | null {
  if (ws.role !== 'coordinator') return coreMessage('identity.renameDrafter', { name: ws.institution });
  const first = db.prepare('SELECT created_at FROM bundle_out ORDER BY seq LIMIT 1').get() as { created_at: string } | undefined;
  return first ? coreMessage('identity.renameSigned', { name: ws.institution, date: first.created_at.slice(0, 10) }) : null;
}

/**
 * Renames this (coordinating) workspace's institution, and the paragraphs assigned to it by name.
 * Text and comments written before keep the name they were written under: a revision's author is
 * part of its content address.
 */
export function renameSelf(db: Db, typed: string, now: Date): { institution: string; previous: string } {
  const name = checkedInstitutionName(typed);
  return db.transaction(() => {
    const ws = readWorkspace(db);
    const refusal = renameRefusal(db, ws);
    if (refusal) throw coreRefusal(refusal, 'conflict');
    const previous = ws.institution;
    if (name === previous) return { institution: name, previous };
    db.prepare('UPDATE workspace SET institution = ? WHERE id = 1').run(name);
    db.prepare('UPDATE institution SET name = ? WHERE is_self = 1').run(name);
    renameInAssignments(db, previous, name);
    audit(db, now, name, 'workspace.rename', { previous, institution: name });
    return { institution: name, previous };
  }).immediate();
}

/** Assignments name institutions as typed: the lead or contributor that was us is us under the new name. */
function renameInAssignments(db: Db, previous: string, name: string): void {
  db.prepare('UPDATE assignment SET lead = ? WHERE lead = ?').run(name, previous);
  const rows = db.prepare("SELECT paragraph_ref, lead, contributors FROM assignment WHERE contributors <> '[]'").all() as Array<{ paragraph_ref: string; lead: string | null; contributors: string }>;
  const set = db.prepare('UPDATE assignment SET contributors = ? WHERE paragraph_ref = ?');
  for (const r of rows) {
    const list = JSON.parse(r.contributors) as string[];
    if (!list.includes(previous)) continue;
    set.run(JSON.stringify([...new Set(list.map((c) => (c === previous ? name : c)))].filter((c) => c !== r.lead)), r.paragraph_ref);
  }
}
