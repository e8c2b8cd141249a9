// What the conflict queue and the provenance panel are told about tables and signers: a table by its
// caption or its position, a cell by its row and column labels, a signer by its key's fingerprint.
import { describe, expect, it } from 'vitest';
import { addInstitution, bindKey } from '../../../../main/core/identity/institutions';
import { importRevisions } from '../../../../main/core/revisions/import-revisions';
import type { AnswerContent, DataTableElement } from '../../../../shared/editor/types';
import { seededCore } from '../../../helpers/workspace';
import { chain, paras } from './history';

const MIN = 60_000;
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const table = (id: string, title: string, bishkek: string): DataTableElement => ({
  type: 'data-table', id, title, source: '', period: '', units: '', notes: '', header: [['Region', '2022', '2023']],
  columns: [{ id: 'r', kind: 'text' }, { id: 'a', kind: 'integer' }, { id: 'b', kind: 'integer' }],
  rows: [{ id: 'x', role: 'data', cells: ['Bishkek', '120', bishkek] }, { id: 'y', role: 'data', cells: ['', '80', '95'] }],
  chart: null, children: [{ text: '' }],
});
const answer = (bishkek: string, title = 'Complaints by region'): AnswerContent => [
  ...paras('Complaints are shown below.'), table('t1', '', '7'), table('t2', title, bishkek),
];

/** The coordinator and a signed ministry change the same cell of the second table. */
async function cellConflict() {
  const core = seededCore('2026-03-02T08:00:00Z');
  const base = unwrap(await core.api['answer.save']({ ref: '7', content: answer('130') }));
  const pub = Buffer.alloc(32, 7);
  const interior = addInstitution(core.db, { id: 'i1', name: 'Ministry of Internal Affairs', role: 'drafter', paragraphs: ['7'] }, new Date());
  const key = bindKey(core.db, interior.id, pub, new Date());
  core.advance(60 * MIN);
  unwrap(await core.api['answer.save']({ ref: '7', content: answer('131') }));
  const sender = { institution: interior.name, signerKeyId: key.keyId, receivedAt: '2026-03-02T12:00:00.000Z' };
  importRevisions(core.db, chain('7', base.revision, 'Interior drafter', '2026-03-02T11:00:00Z', answer('132')), sender);
  return { ...core, key };
}

describe('conflict and provenance read-models', () => {
  it('a cell conflict names its table by caption and position', async () => {
    const { api } = await cellConflict();
    const [c] = unwrap(await api['conflict.list']({}));
    expect(c.table).toMatchObject({
      id: 't2', title: 'Complaints by region', number: 2, place: 'cell', row: 'Bishkek', column: '2023', cell: { rowId: 'x', columnId: 'b', row: 0, column: 2 },
    });
  });

  it('provenance lists each table with its caption and number, and each cell with its labels and signer fingerprint', async () => {
    const { api, key } = await cellConflict();
    const [c] = unwrap(await api['conflict.list']({}));
    unwrap(await api['conflict.resolve']({ id: c.id, keep: 'theirs' }));
    const p = unwrap(await api['answer.provenance']({ ref: '7' }));
    expect(p.tables).toEqual([
      { block: 1, id: 't1', title: '', number: 1 },
      { block: 2, id: 't2', title: 'Complaints by region', number: 2 },
    ]);
    const signed = p.cells.filter((x) => x.by.signerKeyId !== null);
    expect(signed.map((x) => [x.table, x.rowLabel, x.columnLabel, x.text, x.by.institution])).toEqual([
      ['t2', 'Bishkek', '2023', '132', 'Ministry of Internal Affairs'],
    ]);
    expect(signed[0].by.signerFingerprint).toBe(key.fingerprint);
    expect(signed[0].by.signerFingerprint).toMatch(/^\d{5}( \d{5}){4}$/);
    // A row without a label in its first cell is named by its position.
    expect(p.cells.find((x) => x.table === 't2' && x.row === 'y' && x.column === 'b')).toMatchObject({ rowLabel: '2', columnLabel: '2023' });
    expect(p.blocks[0].by).toMatchObject({ signerKeyId: null, signerFingerprint: null });
  });
});
