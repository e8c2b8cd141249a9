import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../shared/merge/word-diff';

describe('wordDiff', () => {
  it('marks changed words, in Cyrillic too', () => {
    expect(wordDiff('Число мигрантов выросло', 'Число трудовых мигрантов снизилось')).toEqual([
      { text: 'Число ', op: 'same' },
      { text: 'трудовых ', op: 'added' },
      { text: 'мигрантов ', op: 'same' },
      { text: 'выросло', op: 'removed' },
      { text: 'снизилось', op: 'added' },
    ]);
  });
});

describe('wordDiff keeps every character', () => {
  it('joins back to each side', () => {
    const from = 'Закон о внешней трудовой миграции, 2024 ж.';
    const to = 'Тышкы эмгек миграциясы жөнүндө мыйзам, 2025-ж.';
    const parts = wordDiff(from, to);
    expect(parts.filter((x) => x.op !== 'added').map((x) => x.text).join('')).toBe(from);
    expect(parts.filter((x) => x.op !== 'removed').map((x) => x.text).join('')).toBe(to);
  });
});
