// Reading raw cell strings: numbers in English and Russian writing, the UN missing-value marks kept
// apart from 0 and from empty, and the inputs that must be flagged rather than guessed.
import { describe, expect, it } from 'vitest';
import { missingMark, parseCell } from '../../../shared/tables/cells';

const num = (value: number, decimals = 0) => ({ type: 'number', value, decimals });
const bad = (reason: string) => ({ type: 'invalid', reason });

describe('parseCell', () => {
  it('keeps the missing-value marks distinct from zero and from an empty cell', () => {
    expect(parseCell('..', 'integer')).toEqual({ type: 'missing', mark: '..' });
    expect(parseCell('…', 'integer')).toEqual({ type: 'missing', mark: '..' });
    expect(parseCell('-', 'integer')).toEqual({ type: 'missing', mark: '-' });
    expect(parseCell(' – ', 'decimal')).toEqual({ type: 'missing', mark: '-' });
    expect(parseCell('n/a', 'percent')).toEqual({ type: 'missing', mark: 'n/a' });
    expect(parseCell('N/A', 'text')).toEqual({ type: 'missing', mark: 'n/a' });
    expect(parseCell('0', 'integer')).toEqual(num(0));
    expect(parseCell('', 'integer')).toEqual({ type: 'empty' });
    expect(parseCell('   ', 'integer')).toEqual({ type: 'empty' });
    expect(missingMark('...')).toBeNull();
  });

  it('reads integers with every usual thousands grouping', () => {
    expect(parseCell('1234', 'integer')).toEqual(num(1234));
    expect(parseCell('1 234', 'integer')).toEqual(num(1234));
    expect(parseCell('1\u00a0234\u00a0567', 'integer')).toEqual(num(1234567));
    expect(parseCell('1\u202f234', 'integer')).toEqual(num(1234));
    expect(parseCell('1,234,567', 'integer')).toEqual(num(1234567));
    expect(parseCell('1,234', 'integer')).toEqual(num(1234));
    expect(parseCell('-42', 'integer')).toEqual(num(-42));
    expect(parseCell('−42', 'integer')).toEqual(num(-42));
  });

  it('reads decimals with a point or a comma, and grouped decimals', () => {
    expect(parseCell('12.5', 'decimal')).toEqual(num(12.5, 1));
    expect(parseCell('12,5', 'decimal')).toEqual(num(12.5, 1));
    expect(parseCell('0,125', 'decimal')).toEqual(num(0.125, 3));
    expect(parseCell('1 234,56', 'decimal')).toEqual(num(1234.56, 2));
    expect(parseCell('1,234.5', 'decimal')).toEqual(num(1234.5, 1));
    expect(parseCell('1.234,5', 'decimal')).toEqual(num(1234.5, 1));
    expect(parseCell('.5', 'decimal')).toEqual(num(0.5, 1));
    expect(parseCell('7', 'decimal')).toEqual(num(7));
  });

  it('reads percentages with or without the sign, only in percentage columns', () => {
    expect(parseCell('12.5%', 'percent')).toEqual(num(12.5, 1));
    expect(parseCell('12,5 %', 'percent')).toEqual(num(12.5, 1));
    expect(parseCell('40', 'percent')).toEqual(num(40));
    expect(parseCell('40%', 'integer')).toEqual(bad('percent-sign'));
  });

  it('flags what it cannot read, and what it could read two ways', () => {
    expect(parseCell('abc', 'integer')).toEqual(bad('not-a-number'));
    expect(parseCell('1e5', 'decimal')).toEqual(bad('not-a-number'));
    expect(parseCell('12a', 'integer')).toEqual(bad('not-a-number'));
    expect(parseCell('12.5', 'integer')).toEqual(bad('not-whole'));
    expect(parseCell('12,5', 'integer')).toEqual(bad('not-whole'));
    expect(parseCell('1,234', 'decimal')).toEqual(bad('ambiguous-separator'));
    expect(parseCell('12 34', 'integer')).toEqual(bad('bad-grouping'));
    expect(parseCell('1,23,456', 'integer')).toEqual(bad('bad-grouping'));
    expect(parseCell('12.', 'decimal')).toEqual(bad('not-a-number'));
    expect(parseCell('−', 'integer')).toEqual(bad('not-a-number'));
  });

  it('keeps any text in text columns', () => {
    expect(parseCell(' Bishkek ', 'text')).toEqual({ type: 'text', text: 'Bishkek' });
    expect(parseCell('1234', 'text')).toEqual({ type: 'text', text: '1234' });
  });
});
