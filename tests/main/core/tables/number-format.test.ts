// Excel number formats read as table cells: what the cell shows when that keeps the value, the
// value itself when the format would round or rescale it away.
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../../main/core/tables/number-format';

describe('formatNumber', () => {
  it('shows plain numbers and percentages with the decimals the format shows', () => {
    expect(formatNumber(1234.5, '#,##0')).toBe('1235');
    expect(formatNumber(0.125, '0.0%')).toBe('12.5%');
    expect(formatNumber(1, '0.##')).toBe('1');
    expect(formatNumber(1.256, '0.##')).toBe('1.26');
    expect(formatNumber(-3, '#,##0.00_);[Red](#,##0.00)')).toBe('-3.00');
    // A "%" in quotes is a label, not a percentage.
    expect(formatNumber(12.5, '0.0"%"')).toBe('12.5');
  });

  it('keeps the number itself under General, text, scientific, fraction and scaled formats', () => {
    expect(formatNumber(0.1 + 0.2, undefined)).toBe('0.3');
    expect(formatNumber(42, '@')).toBe('42');
    expect(formatNumber(0.00012, '0.00E+00')).toBe('0.00012');
    expect(formatNumber(1.25, '# ??/??')).toBe('1.25');
    expect(formatNumber(2_500_000, '0.0,,')).toBe('2500000');
  });
});

describe('formatDate', () => {
  const at = (h: number, m: number, s = 0) => new Date(Date.UTC(1899, 11, 30, h, m, s));
  it('shows a time as HH:MM (with seconds when the format has them), a date as ISO, both together', () => {
    expect(formatDate(at(13, 5), 'h:mm AM/PM')).toBe('13:05');
    expect(formatDate(at(13, 5, 7), 'hh:mm:ss')).toBe('13:05:07');
    expect(formatDate(new Date(Date.UTC(2024, 2, 31, 11, 59, 59, 999)), 'hh:mm')).toBe('12:00');
    expect(formatDate(new Date(Date.UTC(2024, 2, 31)), '[$-409]d-mmm-yy;@')).toBe('2024-03-31');
    expect(formatDate(new Date(Date.UTC(2024, 2, 31, 9, 30)), 'm/d/yy h:mm')).toBe('2024-03-31 09:30');
  });

  it('adds up an elapsed time from zero', () => {
    expect(formatDate(new Date(Date.UTC(1899, 11, 31, 12, 30)), '[h]:mm')).toBe('36:30');
    expect(formatDate(at(0, 2, 5), '[mm]:ss')).toBe('2:05');
  });
});
