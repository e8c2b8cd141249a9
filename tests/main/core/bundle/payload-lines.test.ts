// Payload version 3: a header line, then one line per chunk named by the hash of its bytes, and
// revisions naming the payload's chunks by line. Version 2 (one object) is still read. Hostile
// line layouts, signed by a trusted key, are refused with one line and change nothing.
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { unseal } from '../../../../main/core/bundle/container';
import { VERSION, decodePayload, encodePayload } from '../../../../main/core/bundle/payload';
import { chunkHash } from '../../../../main/core/content/address';
import { type Drafter, answerText, auditCount, canonicalDump, reportingWorkspace } from './fixture';
import { type Forger, forger } from './forge';

const LABOUR = 'Ministry of Labour';
const TEXT = 'Flows are recorded monthly by the State Migration Service.';
let w: ReturnType<typeof reportingWorkspace>;
let labour: Drafter;
let genuine: Buffer;
let f: Forger;
/** The genuine payload's text: the header line, then the chunk lines. */
let lines: string[];

beforeAll(() => {
  w = reportingWorkspace();
  labour = w.joinAs(LABOUR, w.invite(LABOUR, '5,13-17'));
  w.answer(labour.db, '5', TEXT, LABOUR);
  // The coordinator knows Labour's key from a first bundle; the one under test comes after it.
  expect(w.enroll(labour, w.exportFrom(labour.db, LABOUR)).outcome).toBe('accepted');
  w.answer(labour.db, '5', `${TEXT} Returns are counted too.`, LABOUR);
  w.answer(labour.db, '13', 'Two bilateral agreements, with Russia and with Kazakhstan.', LABOUR);
  genuine = w.exportFrom(labour.db, LABOUR);
  f = forger(labour.db, LABOUR, genuine);
  lines = gunzipSync(unseal(genuine).payload).toString('utf8').split('\n');
}, 180_000);

const header = () => JSON.parse(lines[0]) as { version: number; sequence: number; chunks: number; revisions: Array<{ blocks: Array<string | number> }> };
/** The genuine layout with another sequence number, changed by `change`, signed. */
function signedLines(sequence: number, change: (h: ReturnType<typeof header>, chunks: string[]) => string[] | void = () => {}): Buffer {
  const h = header();
  h.sequence = sequence;
  const chunks = lines.slice(1);
  const out = change(h, chunks) ?? [JSON.stringify(h), ...chunks];
  return f.sign({}, { sequence }, gzipSync(Buffer.from(out.join('\n'), 'utf8')));
}

describe('payload version 3', () => {
  it('is what an export writes: a header, then one line per chunk, named by its hash and named by index', () => {
    const h = header();
    expect(h.version).toBe(VERSION);
    expect(lines.length).toBe(1 + h.chunks);
    expect(h.chunks).toBeGreaterThanOrEqual(3);
    // Each revision names the payload's chunks by line; the decoder gives them back their names.
    const indices = h.revisions.flatMap((r) => r.blocks).filter((b) => typeof b === 'number');
    expect(indices.length).toBeGreaterThan(0);
    const p = decodePayload(unseal(genuine).payload);
    expect(p.chunks.map((c) => c.hash)).toEqual(lines.slice(1).map((l) => chunkHash(l)));
    expect(p.chunks.map((c) => c.json)).toEqual(lines.slice(1));
    expect(p.revisions.flatMap((r) => r.blocks).every((b) => /^[0-9a-f]{64}$/.test(b))).toBe(true);
    // Writing it again gives the same text.
    expect(gunzipSync(encodePayload(p)).toString('utf8')).toBe(lines.join('\n'));
  });

  const hostile: Array<[string, (seq: number) => Buffer, RegExp]> = [
    ['a chunk line missing', (s) => signedLines(s, (h, c) => [JSON.stringify(h), ...c.slice(1)]), /has \d+ chunk lines, its header says \d+/],
    ['a chunk line too many', (s) => signedLines(s, (h, c) => [JSON.stringify(h), ...c, c[0].replace('"text":"', '"text":"x')]), /has \d+ chunk lines, its header says \d+/],
    ['an LF after the last line', (s) => signedLines(s, (h, c) => [JSON.stringify(h), ...c, '']), /has \d+ chunk lines, its header says \d+/],
    ['a chunk line that is not JSON', (s) => signedLines(s, (h, c) => [JSON.stringify(h), '{"type":"paragraph",', ...c.slice(1)]), /chunk line 1 is not valid JSON/],
    ['the same chunk line twice', (s) => signedLines(s, (h, c) => [JSON.stringify(h), c[0], c[0], ...c.slice(2)]), /appears twice/],
    ['a block naming a line past the last', (s) => signedLines(s, (h) => void (h.revisions[0].blocks[0] = h.chunks)), /names a chunk line the payload does not have/],
    ['a block naming line -1', (s) => signedLines(s, (h) => void (h.revisions[0].blocks[0] = -1)), /revisions\.0\.blocks/],
    ['a block naming line 0.5', (s) => signedLines(s, (h) => void (h.revisions[0].blocks[0] = 0.5)), /revisions\.0\.blocks/],
    ['the chunks as a list, as in version 2', (s) => signedLines(s, (h, c) => [JSON.stringify({ ...h, chunks: c.map((l) => ({ hash: chunkHash(l), value: JSON.parse(l) })) })]), /chunks/],
    ['a key repeated in the header', (s) => signedLines(s, (h, c) => [JSON.stringify(h).replace('{', '{"chunks":0,'), ...c]), /repeats the key "chunks"/],
  ];

  it.each(hostile)('refuses %s, changing nothing', (_, make, message) => {
    const dump = canonicalDump(w.coordinator);
    const audits = auditCount(w.coordinator);
    const r = w.importInto(w.coordinator, make(100 + hostile.findIndex(([n]) => n === _)));
    expect(r, r.message).toMatchObject({ outcome: 'rejected', reason: 'malformed' });
    expect(r.message).toMatch(message);
    expect(r.message).not.toContain('\n');
    expect(canonicalDump(w.coordinator)).toBe(dump);
    expect(auditCount(w.coordinator)).toBe(audits + 1);
  });

  it('says a later version written as lines is newer, from its header line', () => {
    const dump = canonicalDump(w.coordinator);
    const r = w.importInto(w.coordinator, signedLines(300, (h) => void (h.version = VERSION + 1)));
    expect(r).toMatchObject({ outcome: 'rejected', reason: 'unsupported_version' });
    expect(r.message).toMatch(new RegExp(`newer Treaty Desk \\(bundle format ${VERSION + 1}\\); update this app`));
    expect(canonicalDump(w.coordinator)).toBe(dump);
  });

  it('refuses a chunk line changed after the revisions were named: the revision no longer has its id', () => {
    const dump = canonicalDump(w.coordinator);
    // Another wording of a paragraph, the line valid and the revision that names it by index unchanged.
    const at = lines.findIndex((l, i) => i > 0 && l.includes('Returns are counted too.'));
    const r = w.importInto(w.coordinator, signedLines(200, (h, c) => [JSON.stringify(h), ...c.map((l, i) => (i === at - 1 ? l.replace('Returns', 'No returns') : l))]));
    expect(r).toMatchObject({ outcome: 'rejected', reason: 'invalid_content' });
    expect(r.message).toMatch(/id/);
    expect(canonicalDump(w.coordinator)).toBe(dump);
  });
});

describe('payload version 2', () => {
  it('is refused, changing nothing, when it lists a chunk twice', () => {
    const dump = canonicalDump(w.coordinator);
    const p = decodePayload(unseal(genuine).payload);
    const chunks = p.chunks.map(({ hash, value }) => ({ hash, value }));
    const v2 = { ...p, sequence: 400, version: 2, chunks: [...chunks, chunks[0]] };
    const r = w.importInto(w.coordinator, f.sign(v2, { sequence: 400 }));
    expect(r).toMatchObject({ outcome: 'rejected', reason: 'malformed' });
    expect(r.message).toMatch(/chunk [0-9a-f]{12} appears twice/);
    expect(canonicalDump(w.coordinator)).toBe(dump);
  });

  it('is still read, as the same answers as version 3 carries', () => {
    // A workspace of its own: the one above must not have the genuine revisions.
    const v = reportingWorkspace();
    const d = v.joinAs(LABOUR, v.invite(LABOUR, '5'));
    v.answer(d.db, '5', TEXT, LABOUR);
    const lines3 = v.exportFrom(d.db, LABOUR);
    const p = decodePayload(unseal(lines3).payload);
    const v2 = { ...p, version: 2, chunks: p.chunks.map(({ hash, value }) => ({ hash, value })) };
    const older = forger(d.db, LABOUR, lines3).sign({}, {}, gzipSync(Buffer.from(JSON.stringify(v2), 'utf8')));
    expect(v.enroll(d, older).outcome).toBe('accepted');
    expect(answerText(v.coordinator, '5')).toBe(TEXT);
    // The same bundle written as lines brings nothing more.
    const again = v.importInto(v.coordinator, lines3);
    expect(again.outcome).toBe('unchanged');
    expect(again.message).toMatch(/everything in it is already here/);
  }, 60_000);
});
