// The coordinating ministry's own name. A new workspace opened from the app is made for "Lead
// ministry" until the coordinator names it; the name is what invitations, bundles, the header and
// new revisions carry. Once a signed bundle has left the workspace, the institutions that took it
// know the coordinator by that name (an invitation binds it), so it no longer changes.
import { displayName, tidyName } from '../../../shared/api/display-name';
import { UserError } from '../../../shared/result';
import type { Db } from '../store/database';
import { audit, readWorkspace } from '../store/workspace-store';

/** Why our name can no longer change (the first signed bundle that left), or null while it can. */
export function renameRefusal(db: Db): string | null {
  const ws = readWorkspace(db);
  if (ws.role !== 'coordinator') return `This workspace drafts for its coordinator, who named it ${ws.institution} in the invitation.`;
  const first = db.prepare('SELECT kind, created_at FROM bundle_out ORDER BY seq LIMIT 1').get() as { kind: string; created_at: string } | undefined;
  if (!first) return null;
  return `The name can no longer change: ${first.kind === 'invitation' ? 'an invitation' : 'a bundle'} signed as ${ws.institution} left this workspace on ${first.created_at.slice(0, 10)}, and the institutions that took it know the ministry by that name.`;
}

/**
 * Renames this (coordinating) workspace's institution. Text written before keeps the name it was
 * written under: a revision's author is part of its content address.
 */
export function renameSelf(db: Db, typed: string, now: Date): { institution: string; previous: string } {
  const name = tidyName(typed);
  if (!displayName.safeParse(name).success) throw new UserError('The institution name must be one line of 1 to 200 characters.');
  return db.transaction(() => {
    const refusal = renameRefusal(db);
    // Other institutions come only with an invitation, which refuses the rename: no name to clash with.
    if (refusal) throw new UserError(refusal, 'conflict');
    const previous = readWorkspace(db).institution;
    if (name === previous) return { institution: name, previous };
    db.prepare('UPDATE workspace SET institution = ? WHERE id = 1').run(name);
    db.prepare('UPDATE institution SET name = ? WHERE is_self = 1').run(name);
    audit(db, now, name, 'workspace.rename', { previous, institution: name });
    return { institution: name, previous };
  }).immediate();
}
