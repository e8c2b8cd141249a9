import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../../shared/api/types';
import { checkReport } from '../../../shared/export/check';

const node = (ref: string, parentRef: string | null, kind: OutlineNode['kind'], words = 0, own = words, status: OutlineNode['status'] = 'not_started'): OutlineNode => ({
  ref, parentRef, kind, label: ref, text: '', depth: 0, words, own, filled: own > 0, retired: false, status,
});

// Section I: paragraph 1 with (a) (b), paragraph 2 alone; Section II: paragraph 3 with a page limit.
const tree = (over: Partial<Record<string, Partial<OutlineNode>>> = {}) =>
  [
    node('h1', null, 'section'),
    node('1', 'h1', 'paragraph'),
    node('1a', '1', 'subitem'),
    node('1b', '1', 'subitem'),
    node('2', 'h1', 'paragraph'),
    node('h2', null, 'section'),
    node('3', 'h2', 'paragraph'),
  ].map((n) => ({ ...n, ...(over[n.ref] ?? {}), label: n.kind === 'section' ? (n.ref === 'h1' ? 'I' : 'II') : n.ref }));

const budget = (total: number) => ({ total, limit: 100, sections: [] });
const limits = [{ scope: 'section' as const, ref: 'II', unit: 'pages' as const, value: 1, words: 10, source: 'one page' }];

describe('the pre-export check', () => {
  it('lists a wholly unanswered paragraph once, with the number of its sub-items', () => {
    const c = checkReport({ nodes: tree(), answered: new Set(), budget: budget(0), limits, conflicts: [] });
    expect(c.unanswered).toEqual([
      { ref: '1', kind: 'paragraph', subitems: 2, covered: false },
      { ref: '2', kind: 'paragraph', subitems: 0, covered: false },
      { ref: '3', kind: 'paragraph', subitems: 0, covered: false },
    ]);
    expect(c.ready).toBe(false);
  });

  it('lists the missing sub-item of a partly answered paragraph', () => {
    const nodes = tree({ '1a': { words: 5, own: 5, status: 'approved' }, '2': { words: 3, own: 3, status: 'approved' }, '3': { words: 2, own: 2, status: 'approved' } });
    const c = checkReport({ nodes, answered: new Set(['1a', '2', '3']), budget: budget(10), limits, conflicts: [] });
    expect(c.unanswered).toEqual([{ ref: '1b', kind: 'subitem', subitems: 0, covered: false }]);
    expect(c.ready).toBe(false);
  });

  it('counts a sub-item covered, but still lists it, when the paragraph has its own reply', () => {
    const nodes = tree({ '1': { own: 5, status: 'approved' }, '2': { own: 3, status: 'approved' }, '3': { own: 2, status: 'approved' } });
    const c = checkReport({ nodes, answered: new Set(['1', '2', '3']), budget: budget(10), limits, conflicts: [] });
    expect(c.unanswered.map((u) => [u.ref, u.covered])).toEqual([
      ['1a', true],
      ['1b', true],
    ]);
    expect(c.ready).toBe(true);
  });

  it('treats an answer holding only a table as answered', () => {
    const c = checkReport({ nodes: tree(), answered: new Set(['2']), budget: budget(0), limits, conflicts: [] });
    expect(c.unanswered.map((u) => u.ref)).toEqual(['1', '3']);
    expect(c.notApproved).toEqual([{ ref: '2', status: 'not_started' }]);
  });

  it('lists answers that are not approved, and holds the export back until they are', () => {
    const nodes = tree({ '1': { own: 5, status: 'ready' }, '2': { own: 3, status: 'drafting' }, '3': { own: 2, status: 'approved' } });
    const c = checkReport({ nodes, answered: new Set(['1', '2', '3']), budget: budget(10), limits, conflicts: [] });
    expect(c.notApproved).toEqual([
      { ref: '1', status: 'ready' },
      { ref: '2', status: 'drafting' },
    ]);
    expect(c.ready).toBe(false);
  });

  it('sets the total and every section with a limit against its limit', () => {
    const approved = { status: 'approved' as const };
    const nodes = tree({ '1': { own: 5, ...approved }, '2': { own: 3, ...approved }, '3': { own: 12, ...approved }, h2: { words: 12 } });
    const c = checkReport({ nodes, answered: new Set(['1', '2', '3']), budget: budget(120), limits, conflicts: [] });
    expect(c.words).toEqual([
      { scope: 'total', words: 120, limit: 100, over: true },
      { scope: 'II', words: 12, limit: 10, over: true },
    ]);
    expect(c.ready).toBe(false);
  });

  it('reports open conflicts and holds the export back while any is open', () => {
    const approved = { status: 'approved' as const };
    const nodes = tree({ '1': { own: 5, ...approved }, '2': { own: 3, ...approved }, '3': { own: 2, ...approved } });
    const base = { nodes, answered: new Set(['1', '2', '3']), budget: budget(10), limits };
    expect(checkReport({ ...base, conflicts: [{ ref: '2', count: 1 }, { ref: '3', count: 0 }] })).toMatchObject({ conflicts: [{ ref: '2', count: 1 }], ready: false });
    expect(checkReport({ ...base, conflicts: [] })).toMatchObject({ conflicts: [], ready: true });
  });
});
