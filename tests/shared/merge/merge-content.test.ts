// The pure three-way merge of answers: fixtures for blocks, lists, footnotes and the conflict region.
import { describe, expect, it } from 'vitest';
import { blockConflictLocator, findBlockConflict, mergeContent, replaceBlockConflict } from '../../../shared/merge/merge-content';
import { contentKey, fromUnits, toUnits } from '../../../shared/merge/units';
import { plainText } from '../../../shared/editor/types';
import { bullets, doc, p } from './fixtures';

const text = (c: ReturnType<typeof doc>) => plainText(c).split('\n');

describe('mergeContent', () => {
  it('takes each side’s edits to different paragraphs, including neighbours', () => {
    const r = mergeContent(doc('A', 'B', 'C'), doc('A1', 'B', 'C'), doc('A', 'B2', 'C'));
    expect(text(r.content)).toEqual(['A1', 'B2', 'C']);
    expect(r.conflicts).toEqual([]);
  });

  it('takes insertions and deletions that touch different places', () => {
    const r = mergeContent(doc('A', 'B', 'C'), doc('A', 'New', 'B', 'C'), doc('A', 'B'));
    expect(text(r.content)).toEqual(['A', 'New', 'B']);
  });

  it('conflicts on the same paragraph changed differently and shows side a then side b', () => {
    const r = mergeContent(doc('A', 'B', 'C'), doc('A', 'B-a', 'C'), doc('A', 'B-b', 'C'));
    expect(text(r.content)).toEqual(['A', 'B-a', 'B-b', 'C']);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ kind: 'blocks', base: toUnits(doc('B')), a: toUnits(doc('B-a')), b: toUnits(doc('B-b')) });
  });

  it('accepts the same change made on both sides without a conflict', () => {
    const r = mergeContent(doc('A', 'B'), doc('A', 'B!'), doc('A', 'B!'));
    expect(text(r.content)).toEqual(['A', 'B!']);
    expect(r.conflicts).toEqual([]);
  });

  it('conflicts on an edit against a deletion and keeps the edited text', () => {
    const r = mergeContent(doc('A', 'B', 'C'), doc('A', 'C'), doc('A', 'B+', 'C'));
    expect(text(r.content)).toEqual(['A', 'B+', 'C']);
    expect(r.conflicts).toMatchObject([{ kind: 'blocks', a: [], b: toUnits(doc('B+')) }]);
  });

  it('conflicts on two different paragraphs inserted at the same place (order unknown), keeping both', () => {
    const r = mergeContent(doc('A'), doc('A', 'X'), doc('A', 'Y'));
    expect(text(r.content)).toEqual(['A', 'X', 'Y']);
    expect(r.conflicts).toHaveLength(1);
  });

  it('is symmetric: swapping the sides swaps only the order inside a conflict', () => {
    const base = doc('A', 'B', 'C', 'D');
    const a = doc('A+', 'B-a', 'C', 'D');
    const b = doc('A', 'B-b', 'C', 'D+');
    const ab = mergeContent(base, a, b);
    const ba = mergeContent(base, b, a);
    expect(text(ab.content)).toEqual(['A+', 'B-a', 'B-b', 'C', 'D+']);
    expect(text(ba.content)).toEqual(['A+', 'B-b', 'B-a', 'C', 'D+']);
  });

  it('merges list items one by one and rebuilds the lists', () => {
    const base = doc('Intro', bullets('one', 'two', 'three'));
    const r = mergeContent(base, doc('Intro', bullets('one!', 'two', 'three')), doc('Intro', bullets('one', 'two', 'three!')));
    expect(r.content).toEqual(doc('Intro', bullets('one!', 'two', 'three!')));
  });

  it('carries footnotes inside their paragraph: a changed note is a changed block', () => {
    const note = (n: string) => ({ type: 'paragraph' as const, children: [{ text: 'Cited' }, { type: 'footnote' as const, note: n, children: [{ text: '' as const }] as [{ text: '' }] }, { text: '.' }] });
    const r = mergeContent(doc(note('old'), 'X'), doc(note('new a'), 'X'), doc(note('old'), 'X2'));
    expect(r.content).toEqual(doc(note('new a'), 'X2'));
    const c = mergeContent(doc(note('old')), doc(note('new a')), doc(note('new b')));
    expect(c.conflicts).toHaveLength(1);
  });

  it('keeps two adjacent lists of the same kind apart through a round trip', () => {
    const content = doc(bullets('a', 'b'), bullets('c'));
    expect(fromUnits(toUnits(content))).toEqual(content);
  });

  it('merges deleting a list’s first item with an edit of the next one (no conflict, one list)', () => {
    const base = doc('Intro', bullets('Hotlines.', 'Information centres.'));
    for (const [a, b] of [[doc('Intro', bullets('Information centres.')), doc('Intro', bullets('Hotlines.', 'Information centres in 7 regions.'))]]) {
      for (const r of [mergeContent(base, a, b), mergeContent(base, b, a)]) {
        expect(r.conflicts).toEqual([]);
        expect(r.content).toEqual(doc('Intro', bullets('Information centres in 7 regions.')));
      }
    }
  });

  it('keeps adjacent lists apart when either side removes what stood between them, in either order', () => {
    const base = doc(bullets('x', 'y'), 'Between.', bullets('z'));
    const dropped = doc(bullets('x', 'y'), bullets('z'));
    const edited = doc(bullets('x!', 'y'), 'Between.', bullets('z'));
    expect(mergeContent(base, dropped, edited).content).toEqual(doc(bullets('x!', 'y'), bullets('z')));
    expect(mergeContent(base, edited, dropped).content).toEqual(doc(bullets('x!', 'y'), bullets('z')));
    // A split one side made survives the other side's edit elsewhere in the answer.
    const split = doc(bullets('x'), bullets('y', 'z'));
    expect(mergeContent(doc(bullets('x', 'y', 'z')), split, doc(bullets('x', 'y', 'z!'))).content).toEqual(doc(bullets('x'), bullets('y', 'z!')));
  });

  it('never joins two lists silently: removing a split against an edit beside it is a conflict', () => {
    const base = doc(bullets('p', 'q'), bullets('y1', 'y2'));
    const a = doc(bullets('p', 'q'), bullets('y2'));
    const b = doc(bullets('p', 'q'), bullets('y1', 'y2!'));
    for (const r of [mergeContent(base, a, b), mergeContent(base, b, a)]) {
      expect(r.conflicts).toHaveLength(1);
      expect(r.content.filter((x) => x.type === 'bulleted-list').length).toBeGreaterThan(1);
    }
    // The same edit on both sides and a split on one: the same text in either order.
    const both = doc(bullets('x!', 'y', 'z'));
    const same = doc(bullets('x!'), bullets('y', 'z'));
    expect(mergeContent(doc(bullets('x', 'y', 'z')), same, both).content).toEqual(mergeContent(doc(bullets('x', 'y', 'z')), both, same).content);
  });

  it('finds and replaces a conflict region in the merged text', () => {
    const r = mergeContent(doc('A', 'B', 'C'), doc('A', 'B-a', 'C'), doc('A', 'B-b', 'C'));
    const c = r.conflicts[0];
    expect(c.kind).toBe('blocks');
    if (c.kind !== 'blocks') return;
    expect(findBlockConflict(r.content, c)).toBe(1);
    expect(text(replaceBlockConflict(r.content, c, c.b)!)).toEqual(['A', 'B-b', 'C']);
    expect(replaceBlockConflict(doc('A', 'C'), c, c.b)).toBeNull();
  });

  it('locates a conflict whose one version was corrected in place, in any script, until a version is gone', () => {
    const r = mergeContent(doc('A', 'Мигранты получают консультации.', 'C'), doc('A', 'Мигранты получают бесплатные консультации.', 'C'), doc('A', 'Мигранты получают консультации юристов.', 'C'));
    const c = r.conflicts[0];
    if (c.kind !== 'blocks') throw new Error('expected a block conflict');
    const merged = new Set(toUnits(r.content).map(contentKey));
    const locate = (...blocks: string[]) => blockConflictLocator(doc('A', ...blocks, 'C'))(c, (k) => merged.has(k));
    expect(locate('Мигранты получают бесплатные консультации.', 'Мигранты получают консультации юристов.')).toMatchObject({ at: 1, edited: false });
    const corrected = locate('Мигранты получают бесплатные консультации.', 'Мигранты получают консультации опытных юристов.');
    expect(corrected).toMatchObject({ at: 1, edited: true, a: toUnits(doc('Мигранты получают бесплатные консультации.')) });
    expect(corrected?.b).toEqual(toUnits(doc('Мигранты получают консультации опытных юристов.')));
    expect(locate('Мигранты получают консультации юристов.')).toBeNull();
    expect(locate('Мигранты получают бесплатные консультации.', 'Совсем другой текст здесь.')).toBeNull();
    // Without the text it was found in, only the versions as they arrived are taken.
    expect(blockConflictLocator(doc('A', 'Мигранты получают бесплатные консультации.', 'Мигранты получают консультации опытных юристов.', 'C'))(c)).toBeNull();
    const kept = replaceBlockConflict(doc('A', 'Мигранты получают бесплатные консультации.', 'Мигранты получают консультации опытных юристов.', 'C'), c, (now) => now.b, (k) => merged.has(k));
    expect(kept && text(kept)).toEqual(['A', 'Мигранты получают консультации опытных юристов.', 'C']);
  });

  it('takes a paragraph that stood beside the conflict for context, never for an edited version', () => {
    const base = doc('In 2022 we registered 90 workers.', 'In 2024 we registered 120 workers.');
    const r = mergeContent(base, doc('In 2023 we registered 100 workers.', 'In 2024 we registered 120 workers.'), doc('In 2023 we registered 105 workers.', 'In 2024 we registered 120 workers.'));
    const c = r.conflicts[0];
    if (c.kind !== 'blocks') throw new Error('expected a block conflict');
    expect(text(r.content)).toEqual(['In 2023 we registered 100 workers.', 'In 2023 we registered 105 workers.', 'In 2024 we registered 120 workers.']);
    const merged = new Set(toUnits(r.content).map(contentKey));
    // The coordinator deletes the second version: settled, though the next paragraph looks like it.
    expect(blockConflictLocator(doc('In 2023 we registered 100 workers.', 'In 2024 we registered 120 workers.'))(c, (k) => merged.has(k))).toBeNull();
    expect(blockConflictLocator(doc('', ''))({ a: toUnits(doc('')), b: toUnits(doc('x')) }, () => false)).toBeNull();
  });

  it('never returns an empty answer', () => {
    expect(mergeContent(doc('A', 'B'), doc('B'), doc('A')).content).toEqual([p('')]);
  });
});

describe('mergeContent with passages held together', () => {
  // The base holds an earlier conflict's two versions side by side (units 1-2).
  const base = doc('Intro.', 'After three months.', 'After twelve months.', 'Outro.');
  const held = [[1, 3]] as const;

  it('conflicts when both sides settle the passage differently, instead of dropping both versions', () => {
    const a = doc('Intro.', 'After three months.', 'Outro.');
    const b = doc('Intro.', 'After twelve months.', 'Outro.');
    expect(text(mergeContent(base, a, b).content)).toEqual(['Intro.', 'Outro.']);
    const r = mergeContent(base, a, b, held);
    expect(text(r.content)).toEqual(['Intro.', 'After three months.', 'After twelve months.', 'Outro.']);
    expect(r.conflicts).toMatchObject([{ kind: 'blocks', base: toUnits(doc('After three months.', 'After twelve months.')), a: toUnits(doc('After three months.')), b: toUnits(doc('After twelve months.')) }]);
  });

  it('takes the one side that changed the passage, and merges changes outside it as usual', () => {
    const a = doc('Intro.', 'After three months.', 'Outro.');
    const b = doc('Intro, revised.', 'After three months.', 'After twelve months.', 'Outro.', 'Annex.');
    const r = mergeContent(base, a, b, held);
    expect(text(r.content)).toEqual(['Intro, revised.', 'After three months.', 'Outro.', 'Annex.']);
    expect(r.conflicts).toEqual([]);
  });

  it('merges corrections made in place to the two versions, one on each side', () => {
    const a = doc('Intro.', 'After three months (Labour, corrected).', 'After twelve months.', 'Outro.');
    const b = doc('Intro.', 'After three months.', 'After twelve months (Interior, corrected).', 'Outro.');
    const r = mergeContent(base, a, b, held);
    expect(text(r.content)).toEqual(['Intro.', 'After three months (Labour, corrected).', 'After twelve months (Interior, corrected).', 'Outro.']);
    expect(r.conflicts).toEqual([]);
  });

  it('agrees when both sides settle it the same way', () => {
    const a = doc('Intro.', 'After twelve months.', 'Outro.');
    const r = mergeContent(base, a, a, held);
    expect(text(r.content)).toEqual(['Intro.', 'After twelve months.', 'Outro.']);
    expect(r.conflicts).toEqual([]);
  });
});
