// The history's word-by-word difference marks whole Russian and Kyrgyz words, not letters.
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../shared/text/word-diff';

const marked = (parts: ReturnType<typeof wordDiff>) => ({
  removed: parts.filter((p) => p.removed).map((p) => p.value.trim()),
  added: parts.filter((p) => p.added).map((p) => p.value.trim()),
});

describe('wordDiff', () => {
  it('marks changed Russian words whole', () => {
    const parts = wordDiff('Потоки мигрантов учитываются ежемесячно Государственной службой.', 'Потоки мигрантов учитываются еженедельно Государственной миграционной службой.');
    expect(marked(parts)).toEqual({ removed: ['ежемесячно'], added: ['еженедельно', 'миграционной'] });
    expect(parts.map((p) => p.value).filter((_, i) => !parts[i].removed).join('')).toBe('Потоки мигрантов учитываются еженедельно Государственной миграционной службой.');
  });

  it('marks changed Kyrgyz words whole, Latin ones as before', () => {
    expect(marked(wordDiff('Эмгек мигранттары айына каттоого алынат.', 'Эмгек мигранттары жумасына каттоого алынат.'))).toEqual({ removed: ['айына'], added: ['жумасына'] });
    expect(marked(wordDiff('Flows are recorded monthly.', 'Flows are recorded weekly.'))).toEqual({ removed: ['monthly'], added: ['weekly'] });
  });
});
