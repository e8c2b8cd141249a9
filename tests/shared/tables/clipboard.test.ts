// Ranges copied from Excel and LibreOffice Calc: tab-separated text with quoted cells, and HTML
// tables with merged cells, read into a grid and then into a table with inferred structure.
import { describe, expect, it } from 'vitest';
import { looksLikeRange, parseHtmlTable, parseTsv, textGrid } from '../../../shared/tables/clipboard';
import { counterIds } from '../../../shared/tables/ids';
import { headerRowCount, inferKind, tableFromGrid } from '../../../shared/tables/infer';
import { columnLabel, headerSpans } from '../../../shared/tables/spans';

describe('parseTsv', () => {
  it('splits tabs and lines, undoes spreadsheet quoting and the final line break', () => {
    expect(parseTsv('Region\tWomen\tMen\r\nChui\t1 200\t800\r\n')).toEqual([['Region', 'Women', 'Men'], ['Chui', '1 200', '800']]);
    expect(parseTsv('"Line one\nline two"\t"say ""hi"""\n..\t-')).toEqual([['Line one\nline two', 'say "hi"'], ['..', '-']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('recognises a copied range but not a sentence with one tab', () => {
    expect(looksLikeRange('a\tb\n1\t2')).toBe(true);
    expect(looksLikeRange('Just a line\twith a tab')).toBe(false);
    expect(looksLikeRange('a\tb\n1\t2\t3')).toBe(false);
  });
});

describe('parseHtmlTable', () => {
  it('expands Excel merged headings into repeated labels and keeps the text Excel shows', () => {
    const html = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table>
      <tr><td rowspan=2>Region</td><td colspan=2 class=xl65>Women</td><td colspan=2>Men</td></tr>
      <tr><td>0-17</td><td>18+</td><td>0-17</td><td>18+</td></tr>
      <tr><td>Chui</td><td x:num="1200">1 200</td><td x:num>35</td><td x:num="1234">1,234</td><td>..</td></tr>
      </table></body></html>`;
    const grid = parseHtmlTable(html)!;
    expect(grid.map((r) => r.map((c) => c.text))).toEqual([
      ['Region', 'Women', 'Women', 'Men', 'Men'],
      ['Region', '0-17', '18+', '0-17', '18+'],
      ['Chui', '1 200', '35', '1234', '..'],
    ]);
    expect(grid[0][2].continues).toBe('left');
    expect(grid[1][0].continues).toBe('up');
  });

  it('returns null when there is no table and pads short rows', () => {
    expect(parseHtmlTable('<p>No table here</p>')).toBeNull();
    expect(parseHtmlTable('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')!.map((r) => r.map((c) => c.text))).toEqual([['a', 'b'], ['c', '']]);
  });
});

describe('tableFromGrid', () => {
  it('turns a disaggregated range into header rows with spans, typed columns, groups and totals', () => {
    const html = `<table>
      <tr><td rowspan=2>Region</td><td colspan=2>Women</td><td colspan=2>Men</td><td rowspan=2>Total</td></tr>
      <tr><td>0-17</td><td>18+</td><td>0-17</td><td>18+</td></tr>
      <tr><td>North</td><td></td><td></td><td></td><td></td><td></td></tr>
      <tr><td>Chui</td><td>10</td><td>20</td><td>5</td><td>6</td><td>41</td></tr>
      <tr><td>Talas</td><td>1</td><td>..</td><td>-</td><td>2</td><td>3</td></tr>
      <tr><td>Всего</td><td>11</td><td>20</td><td>5</td><td>8</td><td>44</td></tr></table>`;
    const t = tableFromGrid(parseHtmlTable(html)!, counterIds(), { title: 'Migrants' });
    expect(t.header).toEqual([
      ['Region', 'Women', 'Women', 'Men', 'Men', 'Total'],
      ['', '0-17', '18+', '0-17', '18+', ''],
    ]);
    expect(t.columns.map((c) => `${c.kind}${c.total ? '+total' : ''}`)).toEqual(['text', 'integer', 'integer', 'integer', 'integer', 'integer+total']);
    expect(t.rows.map((r) => r.role)).toEqual(['group', 'data', 'data', 'total']);
    expect(t.rows[2].cells).toEqual(['Talas', '1', '..', '-', '2', '3']);
    expect(t).toMatchObject({ type: 'data-table', id: 't1', title: 'Migrants', chart: null, children: [{ text: '' }] });
    expect(headerSpans(t.header)[0].map((s) => [s.label, s.span])).toEqual([['Region', 1], ['Women', 2], ['Men', 2], ['Total', 1]]);
    expect(columnLabel(t.header, 2)).toBe('Women – 18+');
  });

  it('continues merged labels that a CSV export leaves blank, and infers kinds from the body', () => {
    const t = tableFromGrid(
      textGrid([
        ['', 'Women', '', '', 'Men', ''],
        ['Year', '0-17', '18+', 'Share', '0-17', '18+'],
        ['2023', '1,5', '2', '12%', '3', '4'],
        ['2024', '2', '3', '13,5 %', '3', '4'],
        ['', '', '', '', '', ''],
      ]),
      counterIds(),
    );
    expect(t.header[0]).toEqual(['', 'Women', 'Women', 'Women', 'Men', 'Men']);
    expect(t.columns.map((c) => c.kind)).toEqual(['text', 'decimal', 'integer', 'percent', 'integer', 'integer']);
    expect(t.rows).toHaveLength(2);
  });

  it('makes only the first row a header when the body has no numbers, and none for one row', () => {
    expect(headerRowCount(textGrid([['Law', 'Year'], ['Labour Code', 'two thousand four'], ['Migration law', 'n/a']]))).toBe(1);
    expect(headerRowCount(textGrid([['1', '2']]))).toBe(0);
    expect(inferKind(['', '..', '-'], false)).toBe('integer');
    expect(inferKind(['12', 'twelve'], false)).toBe('text');
  });

  it('refuses a grid the table cannot hold or that has nothing in it', () => {
    expect(() => tableFromGrid(textGrid([['', ''], ['', '']]), counterIds())).toThrow('every cell is empty');
    const wide = textGrid([Array.from({ length: 201 }, (_, i) => `c${i}`)]);
    expect(() => tableFromGrid(wide, counterIds())).toThrow('The table has 201 columns; a table holds at most 200.');
    const tall = textGrid(Array.from({ length: 20_002 }, (_, i) => [String(i)]));
    expect(() => tableFromGrid(tall, counterIds())).toThrow('The table has 20,002 rows; a table holds at most 20,000.');
    expect(() => tableFromGrid(textGrid([['x'.repeat(2001)]]), counterIds())).toThrow('a table cell holds at most 2,000');
  });
});
