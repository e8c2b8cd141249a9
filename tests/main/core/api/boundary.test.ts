// The API boundary: malformed arguments are refused with one clear line, never a crash, and the
// workspace is unchanged afterwards.
import { describe, expect, it } from 'vitest';
import { para, seededCore } from '../../../helpers/workspace';

const dump = (db: ReturnType<typeof seededCore>['db']) =>
  JSON.stringify(['answer', 'revision', 'node'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));

describe('API boundary', () => {
  const { db, dispatch } = seededCore();

  it.each([
    ['unknown method', 'answer.delete', {}, /Unknown method "answer.delete"/],
    ['missing ref', 'question.get', {}, /ref: .*expected string/i],
    ['malformed ref', 'question.get', { ref: '5; DROP TABLE node' }, /ref: must be a paragraph or sub-item reference/],
    ['extra keys', 'status.get', { sql: 'x' }, /Unrecognized key/],
    ['not an object', 'status.get', 'hello', /expected object/],
    ['content not a list', 'answer.save', { ref: '5', content: 'text' }, /content: .*expected array/],
    ['empty content', 'answer.save', { ref: '5', content: [] }, /content: Too small/],
    ['unknown block type', 'answer.save', { ref: '5', content: [{ type: 'script', children: [{ text: 'x' }] }] }, /content\.0/],
    ['javascript link', 'answer.save', { ref: '5', content: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }] }] }, /links must be http\(s\) or mailto/],
    ['stray attribute', 'answer.save', { ref: '5', content: [{ type: 'paragraph', style: 'color:red', children: [{ text: 'x' }] }] }, /content\.0/],
    ['huge text', 'answer.save', { ref: '5', content: para('x'.repeat(300_000)) }, /Too big/],
  ])('refuses %s with a one-line reason', async (_name, method, arg, message) => {
    const before = dump(db);
    const r = await dispatch(method, arg);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(message);
    expect(r.error).not.toContain('\n');
    expect(dump(db)).toBe(before);
  });

  it('answers a missing paragraph with not_found', async () => {
    const r = await dispatch('answer.save', { ref: '99', content: para('x') });
    expect(r).toEqual({
      ok: false,
      code: 'not_found',
      error: 'There is no paragraph or sub-item "99" in this list of issues.',
      i18n: { key: 'workspace.noNode', params: { ref: '99' } },
    });
  });

  it('refuses to answer a heading', async () => {
    const r = await dispatch('answer.save', { ref: '5', content: para('ok') });
    expect(r.ok).toBe(true);
    const heading = (db.prepare("SELECT ref FROM node WHERE kind = 'heading' LIMIT 1").get() as { ref: string }).ref;
    expect(heading).toMatch(/^h\d+$/);
    const bad = await dispatch('question.get', { ref: heading });
    expect(bad.ok).toBe(false);
  });
});
