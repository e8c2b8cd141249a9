// A revision that has been exported in a bundle is never rewritten by autosave coalescing: the
// next quick save by the same author starts a new revision on top of it.
import { describe, expect, it } from 'vitest';
import { sealRevisions } from '../../../../main/core/bundle/seal';
import { para, seededCore } from '../../../helpers/workspace';

describe('sealed revisions', () => {
  it('end coalescing: a save right after export makes a child revision and keeps the sealed one', async () => {
    const { db, api, advance } = seededCore();
    const first = await api['answer.save']({ ref: '5', content: para('Exported text') });
    if (!first.ok) throw new Error(first.error);
    sealRevisions(db, [first.value.revision], 'export', new Date('2026-01-05T09:00:10Z'));
    advance(20_000);
    const second = await api['answer.save']({ ref: '5', content: para('Exported text, then edited') });
    if (!second.ok) throw new Error(second.error);
    expect(second.value.revision).not.toBe(first.value.revision);
    const rows = db.prepare('SELECT id, parents FROM revision WHERE node_ref = ? ORDER BY created_at').all('5') as Array<{ id: string; parents: string }>;
    expect(rows.map((r) => r.id)).toEqual([first.value.revision, second.value.revision]);
    expect(JSON.parse(rows[1].parents)).toEqual([first.value.revision]);

    // The new, unsealed head still coalesces as before.
    advance(20_000);
    const third = await api['answer.save']({ ref: '5', content: para('Exported text, then edited twice') });
    if (!third.ok) throw new Error(third.error);
    const after = db.prepare('SELECT id FROM revision WHERE node_ref = ?').all('5') as Array<{ id: string }>;
    expect(after.map((r) => r.id).sort()).toEqual([first.value.revision, third.value.revision].sort());
  });
});
