// An institution's bundle may carry the automatic merge its app made when it took the coordinator's
// text on top of its own edits. Its conflicts must reach the coordinator's queue (not arrive as a
// plain fast-forward holding two versions), and a revision may carry Treaty Desk's name as author
// only when it is that merge.
import { describe, expect, it } from 'vitest';
import { revisionId } from '../../../../main/core/content/address';
import { visibleConflicts } from '../../../../main/core/revisions/conflict-store';
import { AUTO_MERGE_AUTHOR } from '../../../../main/core/revisions/heads';
import { readAnswers } from '../../../../main/core/store/answer-store';
import { storeContent } from '../../../../main/core/store/content-store';
import type { Db } from '../../../../main/core/store/database';
import { contentFromPlainText } from '../../../../shared/editor/types';
import { answerText as text, canonicalDump, divergentEdits } from './fixture';

const LABOUR = 'Ministry of Labour';
const head = (db: Db, ref = '5') => readAnswers(db, [ref])[ref].revision!;

/** Labour and the coordinator change the same sentence; Labour takes the coordinator's text in, its app merges with a conflict. */
function drafterMergedWithConflict() {
  const { w, labour, back } = divergentEdits(
    'Migrant workers may change employer after six months.',
    'Migrant workers may change employer after three months.',
    'Migrant workers may change employer after twelve months.',
  );
  expect(w.importInto(labour.db, back).conflicts).toEqual(['5']);
  return { w, labour };
}

/** A revision in the drafter's file with Treaty Desk's name as author, on `parents`, holding `body`. */
function forge(db: Db, body: string, parents: string[], createdAt: string): void {
  const { blocks, blocksJson, words } = storeContent(db, contentFromPlainText(body));
  const id = revisionId('5', parents, blocks, AUTO_MERGE_AUTHOR, createdAt);
  db.prepare('INSERT INTO revision (id, node_ref, parents, blocks, words, author, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, '5', JSON.stringify(parents), blocksJson, words, AUTO_MERGE_AUTHOR, createdAt, createdAt);
  db.prepare('UPDATE answer SET head = ? WHERE node_ref = ?').run(id, '5');
}

describe('automatic merges in a bundle', () => {
  it('brings the conflicts an institution’s merge holds into the coordinator’s queue', () => {
    const { w, labour } = drafterMergedWithConflict();
    const r = w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR));
    expect(r).toMatchObject({ outcome: 'accepted', conflicts: ['5'], rejected: [] });
    expect(text(w.coordinator)).toContain('three months');
    expect(text(w.coordinator)).toContain('twelve months');
    const open = visibleConflicts(w.coordinator, '5');
    expect(open).toHaveLength(1);
    expect(open[0].found_in).toBe(head(w.coordinator));
    // The coordinator's own version is "mine" at the coordinator.
    const mine = JSON.parse(open[0].mine === 'a' ? open[0].side_a : open[0].side_b);
    expect(JSON.stringify(mine)).toContain('three months');
    expect((w.coordinator.prepare("SELECT kind FROM merge_revision WHERE revision_id = ?").get(head(w.coordinator)) as { kind: string }).kind).toBe('auto');
  });

  it('refuses the bundle when a revision claims Treaty Desk as author but merges nothing', () => {
    const { w, labour } = drafterMergedWithConflict();
    w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR));
    forge(labour.db, 'Only Labour’s sentence is left.', [head(labour.db)], w.time.tick().toISOString());
    const before = canonicalDump(w.coordinator);
    const r = w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR));
    expect(r).toMatchObject({ outcome: 'rejected', reason: 'invalid_content' });
    expect(r.message).toMatch(/answer 5: revision [0-9a-f]{12} names Treaty Desk's automatic merge as its author but merges nothing/);
    expect(canonicalDump(w.coordinator)).toBe(before);
  });

  it('refuses the bundle when a two-parent revision in Treaty Desk’s name is not the merge of its parents', () => {
    const { w, labour } = drafterMergedWithConflict();
    const merge = head(labour.db);
    const parents = JSON.parse((labour.db.prepare('SELECT parents FROM revision WHERE id = ?').get(merge) as { parents: string }).parents) as string[];
    const createdAt = (labour.db.prepare('SELECT created_at FROM revision WHERE id = ?').get(merge) as { created_at: string }).created_at;
    forge(labour.db, 'Migrant workers may change employer after twelve months.', parents, createdAt);
    const before = canonicalDump(w.coordinator);
    const r = w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR));
    expect(r).toMatchObject({ outcome: 'rejected', reason: 'invalid_content' });
    expect(r.message).toMatch(/is not the merge of its parents/);
    expect(canonicalDump(w.coordinator)).toBe(before);
    expect(text(w.coordinator)).toBe('Migrant workers may change employer after three months.');
  });
});
