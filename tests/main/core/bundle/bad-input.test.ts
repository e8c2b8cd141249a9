// Every way a bundle must be refused, each with a one-line reason, the workspace's content (answers,
// tables, trust, sequence numbers: a canonical dump of every table) unchanged, and one audit entry.
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { revokeInstitution, rotateOwnKey } from '../../../../main/core/bundle/trust';
import { importBundle, importBundles } from '../../../../main/core/bundle/import';
import { Prepared, prepareBundle, signerSet } from '../../../../main/core/bundle/prepare';
import { initWorkspace } from '../../../../main/core/services/workspace';
import { chunkHash, revisionId } from '../../../../main/core/content/address';
import { loadContent } from '../../../../main/core/store/content-store';
import { openDatabase } from '../../../../main/core/store/database';
import type { RejectionReason } from '../../../../shared/api/bundle-types';
import { messageText } from '../../../../shared/core-messages';
import { type Drafter, answerText, auditCount, canonicalDump, inThreadPreparer, pass, reportingWorkspace, signedBy } from './fixture';
import { type Forger, forger, variant } from './forge';
import { seedText } from '../../../helpers/workspace';
import { join } from 'node:path';

const LABOUR = 'Ministry of Labour';
let w: ReturnType<typeof reportingWorkspace>;
let labour: Drafter;
let f: Forger;
const b: Record<string, Buffer> = {};

type Chunk = { hash: string; value: unknown; json?: string };
/**
 * A revision of `ref` by `author` whose id and chunk names are right for its content (whatever that
 * content is), so only the rule under test can fail. Its chunks travel in the payload's list.
 */
function rev(ref: string, content: unknown[], author = LABOUR, parents: string[] = [], createdAt = '2026-02-03T10:00:00.000Z') {
  const chunks: Chunk[] = [];
  const add = (value: unknown) => {
    const hash = chunkHash(JSON.stringify(value));
    chunks.push({ hash, value });
    return hash;
  };
  const blocks = content.map((b) => {
    const t = b as { type?: string; rows?: unknown[] };
    return add(t?.type === 'data-table' && Array.isArray(t.rows) ? { ...t, rows: t.rows.map(add) } : b);
  });
  return { id: revisionId(ref, parents, blocks, author, createdAt), ref, parents, author, createdAt, blocks, chunks };
}
/** A revision of one block given as its chunk line, text that JSON.stringify could not write (nested too deep for it). */
function revOfLine(ref: string, json: string, createdAt = '2026-02-03T10:00:00.000Z') {
  const hash = chunkHash(json);
  return { id: revisionId(ref, [], [hash], LABOUR, createdAt), ref, parents: [], author: LABOUR, createdAt, blocks: [hash], chunks: [{ hash, value: null, json }] };
}
/** The revision with the value behind its first block name swapped for another. */
const swapped = (r: ReturnType<typeof rev>, value: unknown) => ({ ...r, chunks: [{ hash: r.blocks[0], value }] });
const para = (text: string) => [{ type: 'paragraph', children: [{ text }] }];
/** A one-column table with these rows. */
const table = (rows: unknown[]) => ({ type: 'data-table', id: 't1', title: '', source: '', period: '', units: '', notes: '', header: [], columns: [{ id: 'c', kind: 'text' }], rows, chart: null, children: [{ text: '' }] });
/** A payload carrying exactly these revisions (each its answer's head). */
const carrying = (seq: number, ...revs: Array<ReturnType<typeof rev>>) =>
  variant(f, seq, (p) => {
    p.revisions = revs.map(({ chunks: _, ...r }) => r);
    p.chunks = [...new Map(revs.flatMap((r) => r.chunks).map((c) => [c.hash, c])).values()];
    p.heads = Object.fromEntries(revs.map((r) => [r.ref, r.id]));
  });

beforeAll(() => {
  w = reportingWorkspace();
  labour = w.joinAs(LABOUR, w.invite(LABOUR, '5,13-17'));
  const interior = w.joinAs('Ministry of Internal Affairs', w.invite('Ministry of Internal Affairs', '7'));
  const health = w.joinAs('Ministry of Health', w.invite('Ministry of Health', '20'));
  const migration = w.joinAs('State Migration Service', w.invite('State Migration Service', '21'));
  b.invitation = w.invite('Ministry of Education', '22');

  w.answer(labour.db, '5', 'Flows are recorded monthly.', LABOUR);
  b.labour1 = w.exportFrom(labour.db, LABOUR);
  expect(w.enroll(labour, b.labour1).outcome).toBe('accepted');
  w.answer(labour.db, '13', 'Two bilateral agreements.', LABOUR);
  b.labour2 = w.exportFrom(labour.db, LABOUR);
  w.answer(labour.db, '14', 'Recruitment agencies are licensed.', LABOUR);
  b.labour3 = w.exportFrom(labour.db, LABOUR);
  expect(w.importInto(w.coordinator, b.labour3).outcome).toBe('accepted');

  b.interior = w.exportFrom(interior.db, 'Ministry of Internal Affairs');
  b.health1 = w.exportFrom(health.db, 'Ministry of Health');
  w.enroll(health, b.health1);
  revokeInstitution(w.coordinator, 'Ministry of Health', w.time.tick());
  w.answer(health.db, '20', 'Health care for migrants.', 'Ministry of Health');
  b.healthRevoked = w.exportFrom(health.db, 'Ministry of Health');
  w.enroll(migration, w.exportFrom(migration.db, 'State Migration Service'));
  rotateOwnKey(migration.db, pass('State Migration Service'), pass('State Migration Service'), w.time.tick());
  b.migrationNewKey = w.exportFrom(migration.db, 'State Migration Service');
  b.own = w.exportFrom(w.coordinator, 'Ministry of Foreign Affairs');

  // Another reporting workspace whose Ministry of Labour has the same name, a different key.
  const other = openDatabase(join(w.dir, 'other.sqlite'));
  initWorkspace(other, { loiText: seedText, sourceName: 'seed.txt', institution: 'Ministry of Foreign Affairs', role: 'coordinator', now: new Date(), workspaceId: '11111111-2222-4333-8444-555555555555' });
  w.answer(other, '5', 'Other workspace text.', 'Ministry of Foreign Affairs');
  b.otherWorkspace = w.exportFrom(other, 'Ministry of Foreign Affairs');

  f = forger(labour.db, LABOUR, b.labour1);
  // Each key is unlocked through scrypt (a quarter of a second alone, more on a shared machine).
}, 180_000);

const NEXT = 50;
const flip = (buf: Buffer, at: number) => {
  const c = Buffer.from(buf);
  c[at < 0 ? c.length + at : at] ^= 0x04;
  return c;
};

const cases: Array<[string, () => Buffer, RejectionReason]> = [
  ['an unknown signer', () => b.interior, 'unknown_signer'],
  ['a revoked key', () => b.healthRevoked, 'revoked_key'],
  ['a new, unconfirmed key of a known institution', () => b.migrationNewKey, 'new_key'],
  ["another workspace's bundle", () => b.otherWorkspace, 'wrong_workspace'],
  ["another workspace's id under a trusted key", () => f.sign(variant(f, NEXT, (p) => (p.workspace = '11111111-2222-4333-8444-555555555555'))), 'wrong_workspace'],
  ['an invitation', () => b.invitation, 'wrong_kind'],
  ["this workspace's own bundle, altered", () => flip(b.own, -25), 'altered'],
  ['truncated in the signature block', () => b.labour1.subarray(0, 120), 'truncated'],
  ['truncated in the payload', () => b.labour1.subarray(0, b.labour1.length - 40), 'altered'],
  ['one altered payload byte', () => flip(b.labour1, -25), 'altered'],
  ['an altered trusted comment', () => Buffer.from(b.labour1.toString('latin1').replace('seq=1 ', 'seq=9 '), 'latin1'), 'altered'],
  ['line ends converted to CRLF', () => Buffer.from(b.labour1.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'), 'altered'],
  ['not a bundle at all', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'not_a_bundle'],
  ['an empty file', () => Buffer.alloc(0), 'not_a_bundle'],
  ['a future format version', () => Buffer.from(b.labour1.toString('latin1').replace('treaty-desk-bundle 1', 'treaty-desk-bundle 2'), 'latin1'), 'unsupported_version'],
  ['a payload of an older format (before content chunks)', () => f.sign(variant(f, NEXT, (p) => ((p as { version: number }).version = 1))), 'unsupported_version'],
  ['a payload of a newer format', () => f.sign(variant(f, NEXT, (p) => ((p as { version: number }).version = 4))), 'unsupported_version'],
  ['a file over 16 MB', () => Buffer.concat([b.labour1, Buffer.alloc(16 * 1024 * 1024)]), 'oversized'],
  ['a payload that inflates past the limit (gzip bomb)', () => f.sign(variant(f, NEXT), {}, gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 1 })), 'oversized'],
  ['deeply nested JSON', () => f.sign({}, { sequence: NEXT }, gzipSync(Buffer.from(`${'['.repeat(200_000)}${']'.repeat(200_000)}`))), 'malformed'],
  // A chunk travels as its own line (payload version 3): its shape check refuses it, a few levels down.
  ['deep nesting inside rich text', () => f.sign(carrying(NEXT, rev('5', [JSON.parse(`${'{"children":['.repeat(40)}{"text":"x"}${']}'.repeat(40)}`)]))), 'invalid_content'],
  ['nesting 100,000 levels deep inside rich text', () => f.sign(carrying(NEXT, revOfLine('5', `{"type":"paragraph","children":${'['.repeat(100_000)}${']'.repeat(100_000)}}`))), 'invalid_content'],
  ['invalid UTF-8 in the payload', () => f.sign({}, { sequence: NEXT }, gzipSync(Buffer.concat([Buffer.from('{"format":"treaty-desk-bundle","x":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]))), 'malformed'],
  ['a payload that is not gzip', () => f.sign({}, { sequence: NEXT }, Buffer.from(JSON.stringify(variant(f, NEXT)))), 'malformed'],
  ['a payload that is not JSON', () => f.sign({}, { sequence: NEXT }, gzipSync(Buffer.from('{"format": treaty'))), 'malformed'],
  ['unknown fields in the header', () => f.sign({ ...variant(f, NEXT), extra: 1 }), 'malformed'],
  // A decoy before the real value: this app takes the last, another reader of the signed bytes the first.
  ['a key repeated in the payload (a decoy list of revisions)', () => f.sign({}, { sequence: NEXT }, gzipSync(Buffer.from(JSON.stringify(carrying(NEXT, rev('5', para('x')))).replace('{"format"', '{"revisions":[],"format"')))), 'malformed'],
  ['a key repeated in a revision, spelled with an escape', () => f.sign({}, { sequence: NEXT }, gzipSync(Buffer.from(JSON.stringify(carrying(NEXT, rev('5', para('x')))).replace('"author":', '"\\u0061uthor":"Ministry of Health","author":')))), 'malformed'],
  ['more revisions than the limit', () => f.sign(variant(f, NEXT, (p) => (p.revisions = Array.from({ length: 50_001 }, (_, i) => ({ ...rev('5', para(`r${i}`)), chunks: undefined }))))), 'malformed'],
  ['a header that disagrees with the trusted comment', () => f.sign(variant(f, NEXT), { sequence: NEXT + 1 }), 'malformed'],
  ['a header naming another institution', () => f.sign(variant(f, NEXT, (p) => (p.signer.institution.name = '../../etc/passwd'))), 'malformed'],
  ['the same revision twice', () => { const r = rev('5', para('x')); return f.sign(carrying(NEXT, r, r)); }, 'malformed'],
  ['a head that is not among the revisions', () => f.sign(variant(f, NEXT, (p) => (p.heads = { '5': 'a'.repeat(64) }))), 'malformed'],
  ['a path-like paragraph reference', () => f.sign(carrying(NEXT, { ...rev('5', para('x')), ref: '../../etc/passwd' })), 'malformed'],
  ['a path-like head reference', () => f.sign(variant(f, NEXT, (p) => (p.heads = { '..\\5': p.revisions[0].id }))), 'malformed'],
  ['a control character in an author name', () => f.sign(carrying(NEXT, rev('5', para('x'), 'Ministry\u202eruobaL fo'))), 'malformed'],
  // Text for a paragraph not assigned is refused answer by answer (below); writing forged there refuses the whole bundle.
  ['writing attributed to another institution, in a paragraph not assigned', () => f.sign(carrying(NEXT, rev('7', para('Forged.'), 'Ministry of Internal Affairs'))), 'unauthorized'],
  ['writing attributed to another institution', () => f.sign(carrying(NEXT, rev('5', para('Forged.'), 'Ministry of Internal Affairs'))), 'unauthorized'],
  ['a path-like author', () => f.sign(carrying(NEXT, rev('5', para('x'), '..\\..\\Windows\\system32'))), 'unauthorized'],
  ['content that does not match its hash', () => f.sign(carrying(NEXT, swapped(rev('5', para('Original.')), para('Swapped.')[0]))), 'invalid_content'],
  ['a block that comes with no content', () => f.sign(carrying(NEXT, { ...rev('5', para('Missing.')), chunks: [] })), 'invalid_content'],
  ['a revision whose parent is nowhere', () => f.sign(carrying(NEXT, rev('5', para('Orphan.'), LABOUR, ['b'.repeat(64)]))), 'invalid_content'],
  ['an HTML element in rich text', () => f.sign(carrying(NEXT, rev('5', [{ type: 'html', html: '<script>alert(1)</script>', children: [{ text: '' }] }]))), 'invalid_content'],
  ['a javascript: link', () => f.sign(carrying(NEXT, rev('5', [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'click' }] }] }]))), 'invalid_content'],
  ['an event-handler attribute', () => f.sign(carrying(NEXT, rev('5', [{ type: 'paragraph', onclick: 'alert(1)', children: [{ text: 'x' }] }]))), 'invalid_content'],
  ['a style attribute on text', () => f.sign(carrying(NEXT, rev('5', [{ type: 'paragraph', children: [{ text: 'x', style: 'background:url(javascript:x)' }] }]))), 'invalid_content'],
  ['a path-like table id', () => f.sign(carrying(NEXT, rev('5', [{ ...table([]), id: '../../x' }]))), 'invalid_content'],
  // A table shell is checked with its rows (widths, ids): the last row too wide, two rows of one id.
  ['a table whose last row has a cell too many', () => f.sign(carrying(NEXT, rev('5', [table([{ id: 'r1', role: 'data', cells: ['1'] }, { id: 'r2', role: 'data', cells: ['2', '3'] }])]))), 'invalid_content'],
  ['a table with two rows of one id', () => f.sign(carrying(NEXT, rev('5', [table([{ id: 'r1', role: 'data', cells: ['1'] }, { id: 'r1', role: 'data', cells: ['2'] }])]))), 'invalid_content'],
  ['an answer to a question the list does not have', () => f.sign(carrying(NEXT, rev('5zz', para('x')))), 'invalid_content'],
];

describe('refused bundles change nothing but the audit log', () => {
  it.each(cases)('%s', (_name, make, reason) => {
    const bytes = make();
    const before = canonicalDump(w.coordinator);
    const audits = auditCount(w.coordinator);
    const r = w.importInto(w.coordinator, bytes, '../../../../etc/passwd');
    expect(r, r.message).toMatchObject({ outcome: 'rejected', reason, fastForwarded: [], merged: [], conflicts: [] });
    expect(r.message).not.toContain('\n');
    expect(r.message.length).toBeLessThan(400);
    // Said again from its key in any language: the same English, and a Russian line of its own.
    expect(messageText(r.detail!, 'en')).toBe(r.message);
    expect(messageText(r.detail!, 'ru')).toMatch(/^[А-ЯЁ][^]*[а-яё][^]*\.$/);
    expect(canonicalDump(w.coordinator)).toBe(before);
    expect(auditCount(w.coordinator)).toBe(audits + 1);
    const last = w.coordinator.prepare('SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1').get() as { detail: string };
    expect(JSON.parse(last.detail)).toMatchObject({ outcome: 'rejected', reason, file: 'passwd' });
  });

  // An inbox reads the next bundles on a second thread (prepare.ts): the same bytes read that way
  // must be refused for the same reason, in the same words, with nothing changed.
  let preparedAhead = 0;
  it.each(cases)('%s, when prepared ahead', (_name, make, reason) => {
    const bytes = make();
    // Told to read whoever signed it, which the thread never is for a signer the import does not read.
    const m = prepareBundle(0, bytes, signerSet(signedBy(bytes)));
    const prepared = m.ok ? Prepared.from(bytes, m) : undefined;
    if (prepared) preparedAhead++;
    const before = canonicalDump(w.coordinator);
    const now = w.time.tick();
    const own = importBundle(w.coordinator, bytes, now, 'x.tdbundle');
    const ahead = importBundle(w.coordinator, bytes, now, 'x.tdbundle', { prepared });
    expect(ahead).toMatchObject({ outcome: 'rejected', reason });
    expect([ahead.message, ahead.detail, ahead.rejected]).toEqual([own.message, own.detail, own.rejected]);
    expect(canonicalDump(w.coordinator)).toBe(before);
  });

  it('prepared ahead, most of those bundles pass the thread and are refused by the import', () => {
    // Signed, readable payloads whose signer, workspace, authors or content the import refuses.
    expect(preparedAhead).toBeGreaterThanOrEqual(20);
  });

  it('in an inbox, refuses a bundle found invalid after its first answer was written, keeps nothing of it, and takes the rest', () => {
    // The inbox goes in without savepoints; this refusal comes after answer 5 was written, so the
    // inbox starts over with a savepoint for each bundle (import.ts).
    const late = f.sign(carrying(NEXT + 2, rev('5', para('Written, then undone.')), rev('13', [{ type: 'html', html: '<b>x</b>', children: [{ text: '' }] }])));
    const good = f.sign(carrying(NEXT + 3, rev('14', para('Taken from the same inbox.'))));
    const before = canonicalDump(w.coordinator);
    const alone = importBundle(w.coordinator, late, w.time.tick(), 'late.tdbundle');
    expect(canonicalDump(w.coordinator)).toBe(before);
    const mark = w.coordinator.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    // Prepared ahead, as an inbox is: the second attempt reads both bundles itself.
    const used: number[] = [];
    const reports = importBundles(w.coordinator, [{ bytes: late, fileName: 'late.tdbundle' }, { bytes: good, fileName: 'good.tdbundle' }], w.time.tick(), inThreadPreparer(used));
    expect(used).toEqual([0, 1]);
    expect(reports.map((r) => [r.outcome, r.reason])).toEqual([['rejected', 'invalid_content'], ['accepted', null]]);
    expect([reports[0].message, reports[0].detail]).toEqual([alone.message, alone.detail]);
    const stored = (text: string) => w.coordinator.prepare('SELECT count(*) FROM chunk WHERE json LIKE ?').pluck().get(`%${text}%`);
    expect(stored('Written, then undone.')).toBe(0);
    expect(stored('Taken from the same inbox.')).toBe(1);
    expect(answerText(w.coordinator, '14')).toContain('Taken from the same inbox.');
    // One entry each: the first attempt's went with its rollback.
    const outcomes = w.coordinator.prepare("SELECT json_extract(detail, '$.outcome') FROM audit_log WHERE id > ? ORDER BY id").pluck().all(mark);
    expect(outcomes).toEqual(['rejected', 'accepted']);
  });

  it('imports the same bundle twice as a no-op that says so', () => {
    const before = canonicalDump(w.coordinator);
    const r = w.importInto(w.coordinator, b.labour3);
    expect(r).toMatchObject({ outcome: 'unchanged', reason: null });
    expect(r.message).toMatch(/^Already imported on .*Nothing changed\.$/);
    expect(canonicalDump(w.coordinator)).toBe(before);
  });

  it('takes a bundle but none of its text for a paragraph or sub-item not assigned, and names them', () => {
    const before = w.coordinator.prepare("SELECT node_ref, head FROM answer WHERE node_ref IN ('7', '7c')").all();
    const r = w.importInto(w.coordinator, f.sign(carrying(NEXT + 1, rev('7', para('Not ours.')), rev('7c', para('Not ours either.')))));
    expect(r, r.message).toMatchObject({ outcome: 'accepted', fastForwarded: [], merged: [], conflicts: [] });
    expect(r.rejected.map((x) => x.ref)).toEqual(['7', '7c']);
    expect(r.rejected[1].reason).toBe(`paragraph 7 is no longer assigned to ${LABOUR}; its new text was not taken`);
    expect(w.coordinator.prepare("SELECT node_ref, head FROM answer WHERE node_ref IN ('7', '7c')").all()).toEqual(before);
    expect(w.coordinator.prepare("SELECT count(*) FROM revision WHERE node_ref IN ('7', '7c') AND origin_institution = ?").pluck().get(LABOUR)).toBe(0);
  });

  it('keeps script-like text in an answer as inert text, never as markup', () => {
    const text = '<script>alert(1)</script> <img src=x onerror=alert(2)>';
    const r = w.importInto(w.coordinator, f.sign(carrying(NEXT, rev('15', para(text)))));
    expect(r).toMatchObject({ outcome: 'accepted', fastForwarded: ['15'] });
    const row = w.coordinator.prepare("SELECT r.blocks FROM answer a JOIN revision r ON r.id = a.head WHERE a.node_ref = '15'").get() as { blocks: string };
    expect(loadContent(w.coordinator, row.blocks)).toEqual(para(text));
  });
});
