// Where the notes of an open conflict go: before it, before each version, after it, even when the
// versions are list items (the list is cut there) or the conflict ends the answer.
import { describe, expect, it } from 'vitest';
import type { AnswerContent } from '../../../shared/editor/types';
import { plainText } from '../../../shared/editor/types';
import { withConflictNotes } from '../../../shared/export/conflict-notes';
import type { ConflictMark } from '../../../shared/export/types';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const li = (text: string) => ({ type: 'list-item' as const, children: [{ text }] });
const mark = (at: number, a: number, b: number): ConflictMark => ({ at, writers: ['Labour', 'Interior'], lengths: [a, b], table: null });
const shape = (content: AnswerContent, marks: ConflictMark[], language: 'en' | 'ru' = 'en') =>
  withConflictNotes(content, marks, language).map((s) => ('note' in s ? `NOTE ${s.note}` : s.blocks.map((b) => `${b.type}: ${plainText([b]).replace(/\n/g, ' / ')}`).join(' | ')));

describe('conflict notes', () => {
  it('leave an answer without conflicts as it is', () => {
    const content = [p('One.'), p('Two.')];
    expect(withConflictNotes(content, [], 'en')).toEqual([{ blocks: content }]);
  });

  it('cut a list at a conflict between two of its items, and close a conflict that ends the answer', () => {
    const content: AnswerContent = [p('Measures:'), { type: 'bulleted-list', children: [li('Hotline.'), li('Centres.'), li('Centres in Osh.')] }];
    expect(shape(content, [mark(2, 1, 1)])).toEqual([
      'paragraph: Measures: | bulleted-list: Hotline.',
      'NOTE Conflict: two versions follow — version 1 by Labour, version 2 by Interior. Resolve it before the report is submitted.',
      'NOTE Version 1 (Labour):',
      'bulleted-list: Centres.',
      'NOTE Version 2 (Interior):',
      'bulleted-list: Centres in Osh.',
      'NOTE End of the conflict.',
    ]);
  });

  it('say which side deleted the passage, in Russian too', () => {
    expect(shape([p('Kept.'), p('Only one side kept this.')], [mark(1, 1, 0)], 'ru')).toEqual([
      'paragraph: Kept.',
      'NOTE Конфликт: далее две версии — версия 1 (Labour), версия 2 (Interior). Разрешите его до представления доклада.',
      'NOTE Версия 1 (Labour):',
      'paragraph: Only one side kept this.',
      'NOTE Версия 2 (Interior): этот фрагмент удалён.',
      'NOTE Конец конфликта.',
    ]);
  });
});
