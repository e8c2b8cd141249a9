// The same workload for the peer, Automerge: one document holding every answer as a list with one
// item per paragraph (an immutable string, so an edit replaces the paragraph, as our block merge
// does) and each table as a list of rows of cells. Each institution loads the coordinator's saved
// document, makes one change per revision of the plan, and sends the changes since the base.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Automerge from '@automerge/automerge';
import { T0 } from '../lib/core';
import { type MergeParams, baseAnswers, editsOf } from './merge-plan';

export interface PeerAnswer {
  blocks: Automerge.ImmutableString[];
  table?: Automerge.ImmutableString[][];
}
export interface PeerDoc {
  answers: Record<string, PeerAnswer>;
}

const actor = (n: number) => n.toString(16).padStart(32, '0');
export const peerBasePath = (dir: string) => join(dir, 'peer-base.automerge');
export const peerChangesPath = (dir: string, i: number) => join(dir, `peer-${String(i).padStart(2, '0')}.automerge`);
const imm = (s: string) => new Automerge.ImmutableString(s);

export function buildPeerBase(dir: string, p: MergeParams): void {
  let doc = Automerge.init<PeerDoc>({ actor: actor(0xc0) });
  doc = Automerge.change(doc, { time: T0 / 1000 }, (d) => {
    d.answers = {};
    for (const a of baseAnswers(p)) {
      d.answers[a.ref] = { blocks: a.blocks.map(imm) };
      if (a.table) d.answers[a.ref].table = a.table.rows.map((r) => r.cells.map(imm));
    }
  });
  writeFileSync(peerBasePath(dir), Automerge.save(doc));
}

/** Institution i's revisions as Automerge changes: one change per answer per round, like one saved revision. */
export function buildPeerDrafter(dir: string, p: MergeParams, i: number): number {
  const base = Automerge.load<PeerDoc>(readFileSync(peerBasePath(dir)), { actor: actor(0x100 + i) });
  const heads = Automerge.getHeads(base);
  let doc = base;
  editsOf(p, i).forEach((round, r) => {
    for (const e of round) {
      doc = Automerge.change(doc, { time: Math.floor((T0 + 86_400_000 + r * 3_600_000 + i * 60_000) / 1000) }, (d) => {
        const a = d.answers[e.ref];
        a.blocks[e.block] = imm(e.text);
        for (const c of e.cells) a.table![c.row][c.column] = imm(c.value);
      });
    }
  });
  const bytes = Automerge.saveSince(doc, heads);
  writeFileSync(peerChangesPath(dir, i), bytes);
  return bytes.length;
}
