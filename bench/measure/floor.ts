// The machine's floor: what the primitives under our figures cost here, measured with Node and
// SQLite directly (no product code), and the least work any app must do to take the 40 bundles
// durably: read each file, check its two Ed25519 signatures over the BLAKE2b-512 prehash, inflate
// and parse the JSON lines, name each chunk by hashing its line, and write its revisions and the content chunks new to the file in one
// synchronous=FULL WAL transaction.
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, scryptSync, sign, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { childMain } from '../lib/child';
import { inScratchDir } from '../lib/scratch';
import { median, round, timeRuns } from '../lib/stats';
import type { MergeFixture } from '../workload/merge-fixture';

export interface FloorOptions {
  fixture: MergeFixture;
  runs: number;
}

export interface FloorResult {
  ed25519_verify_us: number;
  blake2b512_mb_s: number;
  json_parse_mb_s: number;
  sqlite_tx_350x4kb_ms: number;
  scrypt_passphrase_ms: number;
  merge_40_floor_ms: number;
}

const blake = (b: Uint8Array) => createHash('blake2b512').update(b).digest();
const SPKI = Buffer.from('302a300506032b6570032100', 'hex');

function openFull(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

/** Median time of `fn` on a new WAL database with a revision table (opened and closed untimed), after one warm-up. */
async function timedOnFreshDb(dir: string, name: string, runs: number, fn: (db: Database.Database) => void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const db = openFull(join(dir, `${name}-${i}.sqlite`));
    db.exec('CREATE TABLE revision (id TEXT PRIMARY KEY, blocks TEXT NOT NULL) STRICT; CREATE TABLE chunk (id INTEGER PRIMARY KEY, hash TEXT NOT NULL, key BLOB, json TEXT NOT NULL) STRICT; CREATE UNIQUE INDEX chunk_key ON chunk (key)');
    const t = performance.now();
    fn(db);
    if (i > 0) times.push(performance.now() - t);
    db.close();
  }
  return median(times);
}

/** One bundle the floor way: the container's seven header lines, then the payload. */
function takeBundle(file: Buffer, insert: Database.Statement, db: Database.Database): void {
  let at = 0;
  const lines: string[] = [];
  for (let i = 0; i < 7; i++) {
    const end = file.indexOf(0x0a, at);
    lines.push(file.subarray(at, end).toString('utf8'));
    at = end + 1;
  }
  const payload = file.subarray(at);
  const key = createPublicKey({ key: Buffer.concat([SPKI, Buffer.from(lines[2], 'base64').subarray(10)]), format: 'der', type: 'spki' });
  const sig = Buffer.from(lines[4], 'base64').subarray(10);
  const comment = lines[5].slice('trusted comment: '.length);
  if (!verify(null, blake(payload), key, sig) || !verify(null, Buffer.concat([sig, Buffer.from(comment)]), key, Buffer.from(lines[6], 'base64'))) {
    throw new Error('floor: a signature does not hold');
  }
  // Payload version 3: the header line, then one line per chunk, named by its hash (each parsed, as any reader must).
  const [head, ...chunkLines] = new TextDecoder().decode(gunzipSync(payload)).split('\n');
  const p = JSON.parse(head) as { revisions: Array<{ id: string; blocks: Array<string | number> }> };
  const names = chunkLines.map((l) => (JSON.parse(l), createHash('sha256').update(l).digest('hex')));
  const chunk = db.prepare('INSERT OR IGNORE INTO chunk (hash, key, json) VALUES (?, ?, ?)');
  db.transaction(() => {
    chunkLines.forEach((l, i) => chunk.run(names[i], Buffer.from(names[i].slice(0, 32), 'hex'), l));
    for (const r of p.revisions) insert.run(r.id, JSON.stringify(r.blocks.map((b) => (typeof b === 'number' ? names[b] : b))));
  })();
}

export function measureFloor(o: FloorOptions): Promise<FloorResult> {
  return inScratchDir('bench-floor-', async (dir) => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const msg = blake(randomBytes(1024));
    const sig = sign(null, msg, privateKey);
    const verifyMs = median(await timeRuns(1, o.runs, () => {
      for (let i = 0; i < 1000; i++) verify(null, msg, publicKey, sig);
    }));

    const big = randomBytes(32 * 1024 * 1024);
    const blakeMs = median(await timeRuns(1, o.runs, () => blake(big)));

    const first = readFileSync(o.fixture.drafters[0].bundle);
    let at = 0;
    for (let i = 0; i < 7; i++) at = first.indexOf(0x0a, at) + 1;
    const raw = gunzipSync(first.subarray(at));
    const parseMs = median(await timeRuns(1, o.runs, () => new TextDecoder().decode(raw).split('\n').map((l) => JSON.parse(l) as unknown)));

    // 350 rows of 4 KB (an answer's revision as JSON is about that) in one transaction, on a fresh file.
    const rows = Array.from({ length: 350 }, (_, i) => [createHash('sha256').update(String(i)).digest('hex'), randomBytes(3072).toString('base64')] as const);
    const txMs = await timedOnFreshDb(dir, 'tx', o.runs, (db) => {
      const ins = db.prepare('INSERT INTO revision VALUES (?, ?)');
      db.transaction(() => rows.forEach((r) => ins.run(...r)))();
    });

    const scryptMs = median(await timeRuns(0, Math.min(3, o.runs), () => scryptSync('benchmark passphrase', randomBytes(16), 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 })));

    const floorMs = await timedOnFreshDb(dir, 'floor', o.runs, (db) => {
      const ins = db.prepare('INSERT OR IGNORE INTO revision VALUES (?, ?)');
      for (const d of o.fixture.drafters) takeBundle(readFileSync(d.bundle), ins, db);
    });

    return {
      // 1,000 verifications in verifyMs milliseconds: that many microseconds each.
      ed25519_verify_us: round(verifyMs, 1),
      blake2b512_mb_s: round(big.length / 1e6 / (blakeMs / 1000), 0),
      json_parse_mb_s: round(raw.length / 1e6 / (parseMs / 1000), 0),
      sqlite_tx_350x4kb_ms: round(txMs),
      scrypt_passphrase_ms: round(scryptMs),
      merge_40_floor_ms: round(floorMs),
    };
  });
}

childMain(module, measureFloor);
