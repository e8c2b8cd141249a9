import { describe, expect, it } from 'vitest';
import { itemLabel, refLabel, refParts } from '../../../shared/export/refs';

describe('report references to the list of issues', () => {
  it('name paragraphs, sub-items and nested items as a reader writes them', () => {
    expect(refLabel('5')).toBe('5');
    expect(refLabel('5a')).toBe('5 (a)');
    expect(refLabel('30a.ii')).toBe('30 (a) (ii)');
    expect(refParts('30a.ii')).toEqual({ paragraph: '30', items: ['a', 'ii'] });
  });

  it('label a sub-heading with its innermost item only', () => {
    expect(itemLabel('30a.ii')).toBe('(ii)');
    expect(itemLabel('1c')).toBe('(c)');
    expect(itemLabel('7')).toBe('');
  });
});
