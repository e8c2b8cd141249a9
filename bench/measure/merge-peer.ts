// merge_40_peer_ms: the same concurrent edits merged by Automerge, in one warm process like ours.
// Per institution: read its file, load its changes into the coordinator's document, and make that
// durable the way an Automerge app does (append the incremental save to the document's file and
// fsync), as our import commits one synchronous=FULL transaction per bundle. At the end the merged
// paragraphs of every answer are read out, as our merge leaves each answer's merged text stored.
// The peer checks no signatures and no schemas: it is the floor of a merge library, not an app.
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as Automerge from '@automerge/automerge';
import { childMain } from '../lib/child';
import { inScratchDir } from '../lib/scratch';
import { median, peakRssMb, round } from '../lib/stats';
import type { MergeFixture } from '../workload/merge-fixture';
import type { PeerDoc } from '../workload/peer-fixture';

export interface PeerOptions {
  fixture: MergeFixture;
  warmup: number;
  runs: number;
}

export interface PeerResult {
  runs: number[];
  median: number;
  /** Paragraphs and cells where concurrent values remain (Automerge keeps one, remembers the others). */
  conflictedParagraphs: number;
  conflictedCells: number;
  words: number;
  rssPeakMb: number;
}

function oneRun(f: MergeFixture, dir: string): { ms: number; doc: Automerge.Doc<PeerDoc>; words: number } {
  const file = join(dir, 'coordinator.automerge');
  rmSync(file, { force: true });
  const baseBytes = readFileSync(f.peerBase);
  let doc = Automerge.load<PeerDoc>(baseBytes);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, baseBytes);
    fsyncSync(fd);
    const start = performance.now();
    for (const d of f.drafters) {
      doc = Automerge.loadIncremental(doc, readFileSync(d.peer));
      writeSync(fd, Automerge.saveIncremental(doc));
      fsyncSync(fd);
    }
    let words = 0;
    for (const a of Object.values(doc.answers)) for (const b of a.blocks) words += b.toString().split(' ').length;
    return { ms: performance.now() - start, doc, words };
  } finally {
    closeSync(fd);
  }
}

function conflicts(doc: Automerge.Doc<PeerDoc>): { paragraphs: number; cells: number } {
  let paragraphs = 0;
  let cells = 0;
  for (const a of Object.values(doc.answers)) {
    a.blocks.forEach((_b, k) => (paragraphs += Automerge.getConflicts(a.blocks, k) ? 1 : 0));
    for (const row of a.table ?? []) row.forEach((_c, k) => (cells += Automerge.getConflicts(row, k) ? 1 : 0));
  }
  return { paragraphs, cells };
}

export function measurePeer(o: PeerOptions): Promise<PeerResult> {
  return inScratchDir('bench-peer-', async (dir) => {
    for (let i = 0; i < o.warmup; i++) oneRun(o.fixture, dir);
    const runs = Array.from({ length: o.runs }, () => oneRun(o.fixture, dir));
    const c = conflicts(runs[0].doc);
    const ms = runs.map((r) => r.ms);
    return { runs: ms.map((x) => round(x)), median: round(median(ms)), conflictedParagraphs: c.paragraphs, conflictedCells: c.cells, words: runs[0].words, rssPeakMb: peakRssMb() };
  });
}

childMain(module, measurePeer);
