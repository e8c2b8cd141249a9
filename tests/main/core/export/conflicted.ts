// A coordinator's workspace with open merge conflicts, for the export tests: two ministries
// changed the same sentence of paragraph 5 differently, and the same table cell of paragraph 7.
import { join } from 'node:path';
import { createDispatch } from '../../../../main/core/api/dispatch';
import { createHandlers } from '../../../../main/core/api/handlers/index';
import { localApi } from '../../../../main/core/api/local-client';
import { importRevisions } from '../../../../main/core/revisions/import-revisions';
import type { AnswerContent, DataTableElement } from '../../../../shared/editor/types';
import { tempDir } from '../../../helpers/host-process';
import { seededDb } from '../../../helpers/workspace';
import { chain, paras } from '../revisions/history';
import { remittanceTable } from './fixture';

export const LABOUR = 'Ministry of Labour';
export const INTERIOR = 'Ministry of Internal Affairs';

const withAmount = (amount: string): AnswerContent => [
  ...paras('Remittances are shown below.'),
  { ...remittanceTable, rows: remittanceTable.rows.map((r) => (r.id === 'r2' ? { ...r, cells: ['2023', amount] } : r)) } as DataTableElement,
];

export async function conflictedCore(dir = tempDir()) {
  const path = join(dir, 'coordinator.sqlite');
  const db = seededDb(path, 'Ministry of Foreign Affairs');
  const now = new Date('2026-02-01T09:00:00Z');
  const api = localApi(createDispatch(createHandlers({ db, now: () => now }), (e) => { throw e; }));
  await api['answer.save']({ ref: '5', content: paras('Flows are recorded.', 'Returns are recorded.') });
  await api['answer.save']({ ref: '7', content: withAmount('2 450.1') });
  const head = (ref: string) => db.prepare('SELECT head FROM answer WHERE node_ref = ?').pluck().get(ref) as string;
  const [h5, h7] = [head('5'), head('7')];
  const labour = [
    ...chain('5', h5, 'L. Official', '2026-02-02T09:00:00Z', paras('Flows are recorded monthly.', 'Returns are recorded.')),
    ...chain('7', h7, 'L. Official', '2026-02-02T09:10:00Z', withAmount('2 450.2')),
  ];
  const interior = [
    ...chain('5', h5, 'I. Official', '2026-02-02T10:00:00Z', paras('Flows are recorded by consulates abroad.', 'Returns are recorded.')),
    ...chain('7', h7, 'I. Official', '2026-02-02T10:10:00Z', withAmount('2 451.0')),
  ];
  importRevisions(db, labour, { institution: LABOUR, signerKeyId: 'kl', receivedAt: '2026-02-03T09:00:00Z' });
  const second = importRevisions(db, interior, { institution: INTERIOR, signerKeyId: 'ki', receivedAt: '2026-02-03T10:00:00Z' });
  if (second.conflicts.join() !== '5,7') throw new Error(`expected conflicts in 5 and 7, got ${second.conflicts.join()}`);
  return { db, api, path };
}
