// Spreadsheet keys on the grid: arrows, Tab wrapping and appending, and merged headings as one stop.
import { describe, expect, it } from 'vitest';
import { move } from '../../../shared/tables/navigate';
import { table } from './fixtures';

const t = table({
  header: [['Region', 'Women', 'Women', 'Men']],
  kinds: ['text', 'integer', 'integer', 'integer'],
  rows: [['data', 'Chui', '1', '2', '3'], ['data', 'Osh', '4', '5', '6']],
});

describe('move', () => {
  it('steps over a merged heading as one cell', () => {
    expect(move(t, { r: 0, c: 0 }, 'right').cell).toEqual({ r: 0, c: 1 });
    expect(move(t, { r: 0, c: 1 }, 'right').cell).toEqual({ r: 0, c: 3 });
    expect(move(t, { r: 0, c: 3 }, 'left').cell).toEqual({ r: 0, c: 1 });
    expect(move(t, { r: 1, c: 2 }, 'up').cell).toEqual({ r: 0, c: 1 });
  });

  it('moves with arrows inside the grid and stops at its edges', () => {
    expect(move(t, { r: 1, c: 2 }, 'down').cell).toEqual({ r: 2, c: 2 });
    expect(move(t, { r: 2, c: 2 }, 'down').cell).toEqual({ r: 2, c: 2 });
    expect(move(t, { r: 1, c: 0 }, 'left').cell).toEqual({ r: 1, c: 0 });
    expect(move(t, { r: 2, c: 1 }, 'home').cell).toEqual({ r: 2, c: 0 });
    expect(move(t, { r: 1, c: 1 }, 'end').cell).toEqual({ r: 1, c: 3 });
    expect(move(t, { r: 2, c: 3 }, 'first').cell).toEqual({ r: 0, c: 0 });
  });

  it('wraps Tab to the next row and asks for a new row after the last cell', () => {
    expect(move(t, { r: 1, c: 3 }, 'next')).toEqual({ cell: { r: 2, c: 0 } });
    expect(move(t, { r: 2, c: 3 }, 'next')).toEqual({ cell: { r: 3, c: 0 }, append: true });
    expect(move(t, { r: 1, c: 0 }, 'previous').cell).toEqual({ r: 0, c: 3 });
    expect(move(t, { r: 0, c: 0 }, 'previous').cell).toEqual({ r: 0, c: 0 });
  });
});
