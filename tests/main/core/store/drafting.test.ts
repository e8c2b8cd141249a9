// History, restore, checkpoints, workflow status, assignments, comments, limits, search and the
// dashboard, through the same API the doors use.
import { describe, expect, it } from 'vitest';
import { COALESCE_MS } from '../../../../main/core/store/answer-store';
import { ok, para, seededCore } from '../../../helpers/workspace';

describe('drafting workspace', () => {
  it('lists revisions newest first and restores an old one as a new revision on top', async () => {
    const { api, advance } = seededCore();
    const first = ok(await api['answer.save']({ ref: '5', content: para('First draft.') }));
    advance(COALESCE_MS + 1);
    ok(await api['answer.save']({ ref: '5', content: para('Second draft, longer.') }));
    const history = ok(await api['answer.history']({ ref: '5' }));
    expect(history.map((h) => [h.words, h.head])).toEqual([[3, true], [2, false]]);
    expect(history[0].parents).toEqual([first.revision]);

    advance(1000);
    const restored = ok(await api['answer.restore']({ ref: '5', revision: first.revision }));
    const after = ok(await api['answer.history']({ ref: '5' }));
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ id: restored.revision, head: true, checkpoint: true, parents: [history[0].id] });
    expect(ok(await api['answer.revision']({ id: restored.revision })).content).toEqual(para('First draft.'));
    // The restore is a checkpoint: the next quick save does not swallow it.
    advance(1000);
    ok(await api['answer.save']({ ref: '5', content: para('Edited after restore.') }));
    expect(ok(await api['answer.history']({ ref: '5' }))).toHaveLength(4);
  });

  it('refuses to restore a revision of another answer', async () => {
    const { api } = seededCore();
    const other = ok(await api['answer.save']({ ref: '6', content: para('Other.') }));
    const r = await api['answer.restore']({ ref: '5', revision: other.revision });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/belongs to 6, not to 5/) });
  });

  it('keeps a checkpoint as its own revision', async () => {
    const { api, advance } = seededCore();
    ok(await api['answer.save']({ ref: '1a', content: para('Before the checkpoint.') }));
    ok(await api['answer.checkpoint']({ ref: '1a' }));
    advance(5000);
    ok(await api['answer.save']({ ref: '1a', content: para('After the checkpoint.') }));
    expect(ok(await api['answer.history']({ ref: '1a' }))).toHaveLength(2);
  });

  it('takes an approved answer back to drafting when its text changes, and only then', async () => {
    const { api, advance } = seededCore();
    ok(await api['answer.save']({ ref: '3', content: para('Coordination is done by the ministry.') }));
    ok(await api['answer.setStatus']({ ref: '3', status: 'approved' }));
    ok(await api['answer.setStatus']({ ref: '4a', status: 'ready' }));
    // The same text again (a blur after no change) leaves the approval.
    expect(ok(await api['answer.save']({ ref: '3', content: para('Coordination is done by the ministry.') })).status).toBe('approved');
    advance(60_000);
    const edited = ok(await api['answer.save']({ ref: '3', content: para('Coordination is done by the ministry since 2021.') }));
    expect(edited.status).toBe('drafting');
    expect(ok(await api['question.get']({ ref: '3' })).answers['3'].status).toBe('drafting');
    // A ready answer stays ready while its drafter goes on: it has not been approved yet.
    expect(ok(await api['answer.save']({ ref: '4a', content: para('Ready, then one more sentence.') })).status).toBe('ready');
    const d = ok(await api['dashboard.get']({}));
    expect(d.total).toMatchObject({ approved: 0 });
  });

  it('sets workflow status, assignments and comments, and counts them on the dashboard', async () => {
    const { api } = seededCore();
    ok(await api['answer.save']({ ref: '3', content: para('Coordination is done by the ministry.') }));
    ok(await api['answer.setStatus']({ ref: '3', status: 'approved' }));
    ok(await api['answer.setStatus']({ ref: '4a', status: 'ready' }));
    expect(ok(await api['paragraph.assign']({ ref: '3', lead: '  Ministry of Labour ', contributors: ['Ombudsperson', 'Ministry of Labour', ''] }))).toEqual({
      ref: '3', lead: 'Ministry of Labour', contributors: ['Ombudsperson'],
    });
    expect((await api['paragraph.assign']({ ref: '3a', lead: 'x', contributors: [] })).ok).toBe(false);
    const c = ok(await api['comment.add']({ ref: '3', body: 'Check the figures with Statistics.' }));
    ok(await api['comment.add']({ ref: '3', body: 'Second note.' }));
    ok(await api['comment.resolve']({ id: c.id }));
    expect((await api['comment.add']({ ref: '3', body: '   ' })).ok).toBe(false);
    const q = ok(await api['question.get']({ ref: '3' }));
    expect(q.answers['3'].status).toBe('approved');
    expect(q.openComments).toEqual({ '3': 1 });
    expect(q.institutions).toEqual(['Ministry of Labour', 'Ombudsperson']);

    const d = ok(await api['dashboard.get']({}));
    expect(d.total).toMatchObject({ questions: 35, answered: 1, approved: 1, words: 6 });
    expect(d.byInstitution[0]).toMatchObject({ label: 'Ministry of Labour', questions: 1, answered: 1, approved: 1, words: 6 });
    expect(d.byInstitution[1]).toMatchObject({ label: '', questions: 34, answered: 0 });
    expect(d.bySection.map((s) => [s.label, s.questions, s.limit])).toEqual([['Section I', 31, null], ['Section II', 1, 1500], ['Section III', 3, null]]);
    expect(d.unanswered.find((u) => u.ref === '3')).toBeUndefined();
    expect(d.unanswered.filter((u) => u.paragraph === '4').map((u) => u.ref)).toEqual(['4', '4a', '4b', '4c']);
  });

  it('counts a paragraph as answered when all its sub-items are', async () => {
    const { api } = seededCore();
    for (const s of ['1a', '1b', '1c']) ok(await api['answer.save']({ ref: s, content: para(`Answer ${s}.`) }));
    const d = ok(await api['dashboard.get']({}));
    expect(d.total.answered).toBe(1);
    expect(d.unanswered.some((u) => u.paragraph === '1')).toBe(false);
  });

  it('searches questions and answers in Latin and Cyrillic and marks the matches', async () => {
    const { api } = seededCore();
    ok(await api['answer.save']({ ref: '13', content: para('Жалобы на вымогательство рассматривает прокуратура.') }));
    const hits = ok(await api['search.query']({ q: 'ВЫМОГАТЕЛЬ' }));
    expect(hits).toEqual([{ ref: '13', paragraph: '13', kind: 'answer', label: '13.', snippet: [{ text: 'Жалобы на ', match: false }, { text: 'вымогательство', match: true }, { text: ' рассматривает прокуратура.', match: false }] }]);
    const questions = ok(await api['search.query']({ q: 'vaccine registration' }));
    expect(questions.map((h) => [h.ref, h.kind, h.label])).toEqual([['8d', 'question', '8 (d)']]);
    // An answer changed later is found by its new text only.
    ok(await api['answer.save']({ ref: '13', content: para('Complaints go to the prosecutor.') }));
    expect(ok(await api['search.query']({ q: 'вымогательство' }))).toEqual([]);
    expect(ok(await api['search.query']({ q: 'prosecutor' })).map((h) => `${h.ref} ${h.kind}`)).toEqual(['13 answer', '30f question']);
    expect(ok(await api['search.query']({ q: '"*)(' }))).toEqual([]);
  });

  it('finds ё and е as the same letter, either way round', async () => {
    const { api } = seededCore();
    ok(await api['answer.save']({ ref: '13', content: para('Всё переписано, утверждённый план исполнен.') }));
    ok(await api['answer.save']({ ref: '14', content: para('Все учреждения утверждены.') }));
    const refs = async (q: string) => ok(await api['search.query']({ q })).map((h) => h.ref);
    expect(await refs('все переписано')).toEqual(['13']);
    expect(await refs('утвержденный')).toEqual(['13']);
    expect(await refs('ВСЁ')).toEqual(['13', '14']);
    expect(await refs('утвержд')).toEqual(['13', '14']);
    const hit = ok(await api['search.query']({ q: 'утвержденный' }))[0];
    expect(hit.snippet.find((s) => s.match)?.text).toBe('утверждённый');
  });

  it('edits the word limits', async () => {
    const { api } = seededCore();
    const doc = ok(await api['document.setLimits']({ wordLimit: 10_600, wordsPerPage: 400 }));
    expect(doc.wordLimit).toBe(10_600);
    expect(doc.limits.find((l) => l.scope === 'section')?.words).toBe(1200);
    expect((await api['document.setLimits']({ wordLimit: 0, wordsPerPage: 400 })).ok).toBe(false);
  });
});
