// Saving answers: each save is a revision; saves by the same author within a few minutes coalesce
// into one revision; the word budget follows.
import { describe, expect, it } from 'vitest';
import { COALESCE_MS } from '../../../../main/core/store/answer-store';
import { para, seededCore } from '../../../helpers/workspace';
import { loadContent } from '../../../../main/core/store/content-store';

const revisions = (db: ReturnType<typeof seededCore>['db'], ref: string) =>
  (db.prepare('SELECT id, parents, blocks FROM revision WHERE node_ref = ? ORDER BY created_at').all(ref) as Array<{ id: string; parents: string; blocks: string }>).map((r) => ({ ...r, content: JSON.stringify(loadContent(db, r.blocks)) }));

describe('answer.save', () => {
  it('keeps the first text, coalesces quick consecutive saves after it and starts a new revision after a pause', async () => {
    const { db, api, advance } = seededCore();
    const first = await api['answer.save']({ ref: '5', content: para('One') });
    advance(30_000);
    const second = await api['answer.save']({ ref: '5', content: para('One two') });
    expect(first.ok && second.ok).toBe(true);
    // The answer's first text stands: another window may have loaded it.
    expect(revisions(db, '5')).toHaveLength(2);
    advance(30_000);
    await api['answer.save']({ ref: '5', content: para('One two three') });
    const quick = revisions(db, '5');
    expect(quick).toHaveLength(2);
    expect(JSON.parse(quick[1].content)).toEqual(para('One two three'));
    expect(JSON.parse(quick[1].parents)).toEqual([quick[0].id]);

    advance(COALESCE_MS + 1);
    await api['answer.save']({ ref: '5', content: para('One two three four') });
    const list = revisions(db, '5');
    expect(list).toHaveLength(3);
    expect(JSON.parse(list[2].parents)).toEqual([list[1].id]);
  });

  it('keeps only the text that some revision still names when saves coalesce', async () => {
    const { db, api, advance } = seededCore();
    const chunks = () => (db.prepare('SELECT json FROM chunk ORDER BY json').all() as Array<{ json: string }>).map((r) => JSON.parse(r.json).children?.[0]?.text);
    // The same paragraph in another answer is shared, and must survive its deletion here.
    await api['answer.save']({ ref: '6', content: para('Shared wording.') });
    await api['answer.save']({ ref: '5', content: para('Shared wording.', 'Draft 1') });
    for (const n of [2, 3, 4]) {
      advance(20_000);
      await api['answer.save']({ ref: '5', content: para(n === 4 ? 'Reworded.' : 'Shared wording.', `Draft ${n}`) });
    }
    // The first text stays; drafts 2 and 3 were coalesced away into draft 4.
    expect(revisions(db, '5')).toHaveLength(2);
    expect(chunks()).toEqual(['Draft 1', 'Draft 4', 'Reworded.', 'Shared wording.']);
    expect(JSON.parse(revisions(db, '6')[0].content)).toEqual(para('Shared wording.'));
    // A revision that stands (after a pause) keeps its text for history.
    advance(COALESCE_MS + 1);
    await api['answer.save']({ ref: '5', content: para('Final.') });
    expect(chunks()).toEqual(['Draft 1', 'Draft 4', 'Final.', 'Reworded.', 'Shared wording.']);
  });

  it('treats an unchanged save as no new revision', async () => {
    const { db, api, advance } = seededCore();
    await api['answer.save']({ ref: '1a', content: para('Same text') });
    advance(COALESCE_MS * 2);
    const again = await api['answer.save']({ ref: '1a', content: para('Same text') });
    expect(again.ok).toBe(true);
    expect(revisions(db, '1a')).toHaveLength(1);
  });

  it('reports words per answer, the report total and section budgets', async () => {
    const { api } = seededCore();
    await api['answer.save']({ ref: '5', content: para('Labour migration is recorded.', 'Second paragraph here.') });
    const r = await api['answer.save']({ ref: '32a', content: para('The Law on External Labour Migration was amended in 2023.') });
    expect(r.ok && r.value).toMatchObject({ words: 10, budget: { total: 17, limit: 21200 } });
    const outline = await api['outline.get']({});
    if (!outline.ok) throw new Error(outline.error);
    expect(outline.value.budget.sections).toEqual([
      { section: 'I', label: 'Section I', words: 7, limit: null },
      { section: 'II', label: 'Section II', words: 10, limit: 1500 },
      { section: 'III', label: 'Section III', words: 0, limit: null },
    ]);
    expect(outline.value.nodes.find((n) => n.ref === '32')).toMatchObject({ words: 10, own: 0 });
  });

  it('returns the paragraph with its sub-items and saved answers', async () => {
    const { api } = seededCore();
    await api['answer.save']({ ref: '7c', content: para('Yes, through the Legal Aid Centre.') });
    const q = await api['question.get']({ ref: '7' });
    if (!q.ok) throw new Error(q.error);
    expect(q.value.subitems.map((s) => s.label)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(q.value.footnotes).toEqual([{ marker: '1', text: 'CMW/C/KGZ/CO/1.' }]);
    expect(q.value.answers['7c']).toMatchObject({ words: 6, status: 'drafting' });
    expect(q.value.answers['7']).toBeUndefined();
  });

  it('keeps equal first drafts of two answers, saved in the same instant, as two revisions', async () => {
    const { db, api } = seededCore();
    expect((await api['answer.save']({ ref: '5', content: para('Information is being collected.') })).ok).toBe(true);
    expect((await api['answer.save']({ ref: '6', content: para('Information is being collected.') })).ok).toBe(true);
    expect(revisions(db, '5')[0].id).not.toBe(revisions(db, '6')[0].id);
  });
});
