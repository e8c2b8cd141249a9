// `add-table <db> --paragraph <n|na> --csv <file> --title "<title>"`: reads a CSV (or, with --xlsx,
// a workbook) into a data table and appends it to that answer as a new revision. Totals that
// disagree and cells that do not read are reported, never changed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/result';
import { REASON_TEXT, checkTable } from '../../../shared/tables/check';
import { IMPORT_MAX_BYTES } from '../../../shared/tables/import-types';
import { columnLabel } from '../../../shared/tables/spans';
import { type Command, EXIT } from '../command';
import { unwrap, withCore } from '../open';

function readTableFile(path: string): Buffer {
  if (!existsSync(path)) throw new UserError(`No such file: ${path}`, 'not_found');
  const stat = statSync(path);
  if (!stat.isFile()) throw new UserError(`${path} is not a file.`);
  if (stat.size > IMPORT_MAX_BYTES) {
    throw new UserError(`${path} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; Treaty Desk imports table files up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`);
  }
  return readFileSync(path);
}

export const addTable: Command = {
  name: 'add-table',
  usage: 'add-table <db> --paragraph <n|na> --csv <file> --title "<title>"',
  summary: 'Append a table from a CSV (or --xlsx workbook) to an answer; also --source, --period, --units, --notes, --encoding windows-1251, --sheet.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        paragraph: { type: 'string' }, csv: { type: 'string' }, xlsx: { type: 'string' }, title: { type: 'string' },
        source: { type: 'string' }, period: { type: 'string' }, units: { type: 'string' }, notes: { type: 'string' },
        encoding: { type: 'string' }, sheet: { type: 'string' },
      },
      allowPositionals: true,
    });
    const file = values.csv ?? values.xlsx;
    if (!positionals[0] || !values.paragraph || !file || (values.csv && values.xlsx) || values.title === undefined) throw new UserError(`usage: ${this.usage}`);
    if (values.encoding && values.encoding !== 'windows-1251' && values.encoding !== 'utf-8') throw new UserError('usage: --encoding is utf-8 or windows-1251');
    const bytes = readTableFile(file);
    const fileName = values.xlsx && !/\.xlsx?$/i.test(file) ? `${basename(file)}.xlsx` : basename(file);
    const { outcome, saved } = await withCore(positionals[0], io.now, async (api) => {
      const outcome = unwrap(
        await api['table.import']({
          fileName, data: bytes.toString('base64'), encoding: values.encoding as 'utf-8' | 'windows-1251' | undefined, sheet: values.sheet,
          title: values.title, source: values.source, period: values.period, units: values.units, notes: values.notes,
        }),
      );
      if (outcome.status === 'choose-encoding') {
        throw new UserError(`${outcome.message}${outcome.suggested ? ` (add --encoding ${outcome.suggested})` : ''}`, 'rejected');
      }
      return { outcome, saved: unwrap(await api['table.append']({ ref: values.paragraph!, table: outcome.table })) };
    });
    const { table, report } = outcome;
    const source = report.format === 'xlsx' ? `sheet "${report.sheet}"` : `${report.encoding}, "${report.delimiter === '\t' ? 'tab' : report.delimiter}"-separated`;
    io.out(
      `Added table "${table.title}" to ${saved.ref}: ${report.rows} rows x ${report.columns} columns, ${report.headerRows} header row${report.headerRows === 1 ? '' : 's'} (${source}); revision ${saved.revision.slice(0, 12)}.`,
    );
    if (report.formulas > 0) io.out(`${report.formulas} formula cell${report.formulas === 1 ? '' : 's'}: the values last saved in the workbook were taken.`);
    const check = checkTable(table);
    const where = (rowId: string, columnId: string) => {
      const r = table.rows.findIndex((x) => x.id === rowId);
      const c = table.columns.findIndex((x) => x.id === columnId);
      return `row ${r + 1} ("${table.rows[r].cells[0] ?? ''}"), column ${c + 1} ("${columnLabel(table.header, c)}")`;
    };
    for (const m of check.mismatches) {
      io.out(`Check: ${where(m.rowId, m.columnId)}: the total is ${m.entered} but its ${m.along === 'row' ? 'rows' : 'columns'} add up to ${m.computed}.`);
    }
    for (const i of check.invalid) io.out(`Check: ${where(i.rowId, i.columnId)}: "${i.raw}" ${REASON_TEXT[i.reason]}.`);
    return EXIT.ok;
  },
};
