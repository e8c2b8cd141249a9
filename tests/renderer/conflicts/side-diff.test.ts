import { describe, expect, it } from 'vitest';
import { sideParts } from '../../../renderer/src/conflicts/side-diff';

const joined = (text: string, other: string) => sideParts(text, other).map((p) => p.text).join('');
const marks = (text: string, other: string) => sideParts(text, other).filter((p) => p.changed).map((p) => p.text);

describe('sideParts: each side of a conflict shows its own text', () => {
  const cases: Array<[string, string]> = [
    ['Трудовые мигранты получают бесплатные консультации.', 'Трудовые мигранты получают консультации юристов.'],
    ['Children of migrant workers attend public school.', 'Children of migrants attend school free of charge.'],
    ['Information centres.', 'Pre-departure training.\nInformation centres in Osh and Bishkek.'],
    ['Flows are recorded  monthly , since 2019.', 'Flows are recorded monthly, since 2019 .'],
  ];
  it.each(cases)('%s | %s', (a, b) => {
    expect(joined(a, b)).toBe(a);
    expect(joined(b, a)).toBe(b);
  });

  it('marks the words only this side has, in Russian', () => {
    const a = 'Трудовые мигранты получают бесплатные консультации.';
    const b = 'Трудовые мигранты получают консультации юристов.';
    expect(marks(a, b).map((m) => m.trim())).toEqual(['бесплатные']);
    expect(marks(b, a).map((m) => m.trim())).toEqual(['юристов']);
    // The full stop stays where this side put it, with no space before it.
    expect(sideParts(a, b).at(-1)).toEqual({ text: ' консультации.', changed: false });
  });

  it('marks a run of new words as one, in English', () => {
    expect(marks('The fund pays for retraining and small loans.', 'The fund pays for vocational retraining.')).toEqual(['and small loans']);
    expect(marks('Children of migrant workers attend public school.', 'Children of migrants attend school free of charge.')).toEqual([
      'migrant workers', 'public',
    ]);
  });

  it('a difference in spacing or punctuation alone is marked, not redrawn', () => {
    expect(marks('Information centres.', 'Information centres .')).toEqual([]);
    expect(marks('Information centres .', 'Information centres.')).toEqual([' ']);
    expect(joined('school ,', 'school,')).toBe('school ,');
  });
});
