// The preview's fixes, on a list the parser could not get right alone: a duplicated number kept as
// text, then split out, merged back, renumbered; footnotes and limits follow the numbers.
import { describe, expect, it } from 'vitest';
import { doubts, mergeItem, mergeParagraph, renumberFrom, splitParagraph, splitPoints } from '../../../shared/loi/edit';
import { parseLoiText } from '../../../shared/loi/parse';

const text = [
  'List of issues prior to submission of the third periodic report of Mali',
  '1. Please describe the legal framework.',
  '2. Please describe the institutions. Please also describe their budget.',
  '2. Please describe the policies.',
  ' (a) Health;',
  ' (b) Education.',
  '3. Please provide statistics.1',
  '  ',
  ' 1 See CMW/C/MLI/CO/2.',
  '4. Please provide a core document not exceeding 42,400 words.',
].join('\n');

describe('preview fixes', () => {
  const loi = parseLoiText(text);

  it('start from a list where a repeated number was kept as text and flagged', () => {
    expect(loi.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(loi.paragraphs[1].text).toBe('Please describe the institutions. Please also describe their budget. 2. Please describe the policies.');
    expect(doubts(loi)).toEqual([[], ['kept-number'], [], []]);
  });

  it('split a paragraph where the kept number is, then renumber what follows', () => {
    const at = splitPoints(loi.paragraphs[1]).find((s) => s.preview.startsWith('2. Please'))!.at;
    const split = splitParagraph(loi, 1, at);
    expect(split.paragraphs.map((p) => [p.number, p.text, p.subitems.length])).toEqual([
      ['1', 'Please describe the legal framework.', 0],
      ['2', 'Please describe the institutions. Please also describe their budget.', 0],
      ['2', 'Please describe the policies.', 2],
      ['3', 'Please provide statistics.', 0],
      ['4', 'Please provide a core document not exceeding 42,400 words.', 0],
    ]);
    expect(doubts(split)[2]).toEqual(['number', 'duplicate']);
    const renumbered = renumberFrom(split, 2, 3);
    expect(renumbered.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(renumbered.footnotes).toEqual([{ marker: '1', text: 'See CMW/C/MLI/CO/2.', paragraph: '4' }]);
    expect(renumbered.limits[0].scope).toEqual({ kind: 'paragraph', number: '5' });
    expect(doubts(renumbered).flat()).toEqual([]);
    expect(loi.paragraphs).toHaveLength(4);
  });

  it('merge a paragraph into the one before, moving its items, footnotes and limits', () => {
    const merged = mergeParagraph(loi, 3);
    expect(merged.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3']);
    expect(merged.paragraphs[2].text).toBe('Please provide statistics. Please provide a core document not exceeding 42,400 words.');
    expect(merged.limits[0].scope).toEqual({ kind: 'paragraph', number: '3' });
    const intoItems = mergeParagraph(splitParagraph(loi, 1, splitPoints(loi.paragraphs[1])[1].at), 3);
    expect(intoItems.paragraphs[2].subitems.map((s) => [s.label, s.text])).toEqual([['a', 'Health;'], ['b', 'Education. Please provide statistics.']]);
    expect(intoItems.footnotes[0].paragraph).toBe('2');
  });

  it('merge an item into the one before it', () => {
    const split = splitParagraph(loi, 1, splitPoints(loi.paragraphs[1])[1].at);
    const merged = mergeItem(split, 2, [1]);
    expect(merged.paragraphs[2].subitems).toEqual([{ label: 'a', text: 'Health; Education.', subitems: [] }]);
    expect(mergeItem(split, 2, [0])).toBe(split);
  });
});
