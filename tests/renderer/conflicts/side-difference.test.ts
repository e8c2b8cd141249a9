import { describe, expect, it } from 'vitest';
import type { AnswerContent } from '../../../shared/editor/types';
import { plainText } from '../../../shared/editor/types';
import { hiddenDifference } from '../../../renderer/src/conflicts/side-difference';

const withNote = (note: string): AnswerContent => [
  { type: 'paragraph', children: [{ text: 'Flows are recorded monthly.' }, { type: 'footnote', note, children: [{ text: '' }] }, { text: '' }] },
];
const plain = (bold = false): AnswerContent => [{ type: 'paragraph', children: [{ text: 'Flows are ' }, { text: 'recorded', ...(bold ? { bold: true as const } : {}) }, { text: ' monthly.' }] }];
const linked = (url: string): AnswerContent => [
  { type: 'paragraph', children: [{ text: 'See ' }, { type: 'link', url, children: [{ text: 'the order' }] }, { text: '.' }] },
];
const diff = (a: AnswerContent, b: AnswerContent) => hiddenDifference(plainText(a), plainText(b), a, b);

describe('hiddenDifference: same words, different passage', () => {
  it('names the footnote whose body differs, with both bodies', () => {
    expect(diff(withNote('Order No. 12 of 2024.'), withNote('Order No. 14 of 2024.'))).toEqual({
      kind: 'footnotes', notes: [{ n: 1, mine: 'Order No. 12 of 2024.', theirs: 'Order No. 14 of 2024.' }],
    });
  });

  it('a footnote only one side has', () => {
    expect(diff(withNote('Order No. 12.'), [{ type: 'paragraph', children: [{ text: 'Flows are recorded monthly.' }] }])).toEqual({
      kind: 'footnotes', notes: [{ n: 1, mine: 'Order No. 12.', theirs: null }],
    });
  });

  it('bold or a link address is formatting', () => {
    expect(diff(plain(false), plain(true))).toEqual({ kind: 'formatting' });
    expect(diff(linked('https://a.example'), linked('https://b.example'))).toEqual({ kind: 'formatting' });
  });

  it('nothing hidden when the words differ or the passages are equal', () => {
    expect(diff(plain(), plain())).toBeNull();
    expect(diff(plain(), [{ type: 'paragraph', children: [{ text: 'Other words.' }] }])).toBeNull();
    expect(hiddenDifference('', '', null, plain())).toBeNull();
  });
});
