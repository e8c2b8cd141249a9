// `add-table`: a CSV or workbook becomes a table at the end of an answer, as a new revision that
// keeps the text before it; every malformed file is refused in one line and the answer is untouched.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../helpers/cli';
import { openDatabase } from '../../../main/core/store/database';
import type { AnswerContent, DataTableElement } from '../../../shared/editor/types';
import { tempDir } from '../../helpers/host-process';
import { seededDb } from '../../helpers/workspace';
import { bareWorkbook, workbook } from '../core/tables/xlsx-files';
import { headContent } from '../../../main/core/store/content-store';

const cli = (...argv: string[]) => runCommand(argv, { now: new Date('2026-02-01T10:00:00Z') });

function workspace() {
  const dir = tempDir();
  const db = join(dir, 'ws.sqlite');
  seededDb(db).close();
  const file = (name: string, data: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  /** Everything stored about answers, to show that a refused file changed nothing. */
  const snapshot = () => {
    const d = openDatabase(db);
    try {
      return JSON.stringify([d.prepare('SELECT * FROM answer ORDER BY node_ref').all(), d.prepare('SELECT id, blocks FROM revision ORDER BY id').all(), d.prepare('SELECT * FROM chunk ORDER BY hash').all()]);
    } finally {
      d.close();
    }
  };
  const head = (ref: string) => {
    const d = openDatabase(db);
    try {
      const row = d.prepare('SELECT r.parents FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = ?').get(ref) as { parents: string };
      return { content: headContent(d, ref) as AnswerContent, parents: JSON.parse(row.parents) as string[] };
    } finally {
      d.close();
    }
  };
  return { db, file, snapshot, head };
}

const flows = 'Region,Women,Men,Total\nChui,1200,800,2000\nOsh,300,200,510\nTotal,1500,1000,2500\n';

describe('add-table', () => {
  it('is listed in --help as the issue documents it', async () => {
    expect((await cli('--help')).out).toContain('add-table <db> --paragraph <n|na> --csv <file> --title "<title>"');
  });

  it('appends a CSV table after the existing text as a new revision and reports the totals that disagree', async () => {
    const w = workspace();
    expect((await cli('answer', w.db, '--paragraph', '5', '--text', 'Flows are recorded monthly.')).code).toBe(0);
    const before = w.head('5');
    const r = await cli('add-table', w.db, '--paragraph', '5', '--csv', w.file('flows.csv', flows), '--title', 'Labour migrants by region', '--period', '2024', '--units', 'persons');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Added table "Labour migrants by region" to 5: 3 rows x 4 columns, 1 header row \(utf-8, ","-separated\); revision [0-9a-f]{12}\.$/m);
    expect(r.out).toContain('Check: row 2 ("Osh"), column 4 ("Total"): the total is 510 but its columns add up to 500.');
    expect(r.out).toContain('Check: row 3 ("Total"), column 4 ("Total"): the total is 2500 but its rows add up to 2510.');
    const after = w.head('5');
    expect(after.content[0]).toEqual(before.content[0]);
    const table = after.content[1] as DataTableElement;
    expect(table).toMatchObject({ type: 'data-table', title: 'Labour migrants by region', period: '2024', units: 'persons', header: [['Region', 'Women', 'Men', 'Total']] });
    expect(table.rows.map((x) => x.cells[3])).toEqual(['2000', '510', '2500']);
  });

  it('puts the table in place of an empty answer and reads a workbook with --xlsx', async () => {
    const w = workspace();
    const xlsx = await workbook((ws) => {
      ws.addRow(['Age group', 'Women', 'Men']);
      ws.addRow(['0-17', 4, 5]);
      ws.addRow(['18+', { formula: '2*2', result: 4 }, 6]);
    });
    const r = await cli('add-table', w.db, '--paragraph', '7b', '--xlsx', w.file('ages.xlsx', xlsx), '--title', 'By age');
    expect(r.code).toBe(0);
    expect(r.out).toContain('(sheet "Migrants")');
    expect(r.out).toContain('1 formula cell: the values last saved in the workbook were taken.');
    const content = w.head('7b').content;
    expect(content).toHaveLength(1);
    expect((content[0] as DataTableElement).rows.map((x) => x.cells)).toEqual([['0-17', '4', '5'], ['18+', '4', '6']]);
  });

  it('reads a windows-1251 file when told to, after refusing to guess', async () => {
    const w = workspace();
    const path = w.file('cp1251.csv', new Uint8Array([...Buffer.from('Region,Count\n'), 0xd7, 0xf3, 0xe9, ...Buffer.from(',12\n')]));
    const refused = await cli('add-table', w.db, '--paragraph', '5', '--csv', path, '--title', 'T');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^treaty-desk add-table: The file is not UTF-8 .* \(add --encoding windows-1251\)$/);
    const ok = await cli('add-table', w.db, '--paragraph', '5', '--csv', path, '--title', 'T', '--encoding', 'windows-1251');
    expect(ok.code).toBe(0);
    expect((w.head('5').content[0] as DataTableElement).rows[0].cells).toEqual(['Чуй', '12']);
  });

  it('refuses malformed files in one line and leaves every answer and revision as it was', async () => {
    const w = workspace();
    await cli('answer', w.db, '--paragraph', '5', '--text', 'Existing text.');
    const before = w.snapshot();
    const million = ['Region,Count', ...Array.from({ length: 1_000_000 }, (_, i) => `R${i},${i}`)].join('\n');
    const unsaved = await workbook((ws) => {
      ws.addRow(['Region', 'Count']);
      ws.getCell('B2').value = { formula: 'SUM(B3:B4)' };
    });
    const cases: Array<[string[], RegExp]> = [
      [['--csv', w.file('latin1.csv', new Uint8Array([0x41, 0x2c, 0x42, 0x0a, 0xe9, 0x74, 0xe9, 0x2c, 0x31]))], /The file is not UTF-8 \(line 2 has the byte 0xE9, .* Save it from the spreadsheet as "CSV UTF-8" and import it again\.$/],
      [['--csv', w.file('ragged.csv', 'Region,Women,Men\nChui,1,2\nOsh,3\n')], /Row 3 has 2 fields where row 1 has 3: the rows are ragged/],
      [['--csv', w.file('million.csv', million)], /The file has more than 20,000 rows; a table holds at most 20,000/],
      [['--csv', w.file('formula.csv', 'Region,Women\nTotal,=SUM(B2:B3)\n')], /Cell B2 holds a formula \(=SUM\(B2:B3\)\); a CSV keeps no computed value/],
      [['--xlsx', w.file('unsaved.xlsx', unsaved)], /Cell Migrants!B2 holds a formula \(=SUM\(B3:B4\)\) with no saved value/],
      [['--xlsx', w.file('million.xlsx', bareWorkbook(1_000_000))], /Sheet "Raw" has more than 20,000 rows/],
      [['--csv', join(tempDir(), 'missing.csv')], /No such file/],
    ];
    for (const [args, message] of cases) {
      const r = await cli('add-table', w.db, '--paragraph', '5', ...args, '--title', 'T');
      expect(r.code, args[1]).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(w.snapshot()).toBe(before);
    }
    const heading = await cli('add-table', w.db, '--paragraph', '999', '--csv', w.file('ok.csv', flows), '--title', 'T');
    expect(heading.code).toBe(1);
    expect(w.snapshot()).toBe(before);
  }, 120_000);

  it('reports wrong usage with exit code 2', async () => {
    const w = workspace();
    expect((await cli('add-table', w.db, '--paragraph', '5', '--title', 'T')).code).toBe(2);
    expect((await cli('add-table', w.db, '--paragraph', '5', '--csv', 'a.csv')).code).toBe(2);
    expect((await cli('add-table', w.db, '--paragraph', '5', '--csv', 'a', '--xlsx', 'b', '--title', 'T')).code).toBe(2);
  });
});
