// A child process that builds some of the institutions of the merge workload (each in its own
// workspace file) and their Automerge changes, so that the benchmark's set-up uses both cores.
import { childMain } from '../lib/child';
import { type FixtureDrafter, buildDrafter } from './merge-fixture';
import type { MergeParams } from './merge-plan';
import { buildPeerDrafter, peerChangesPath } from './peer-fixture';

export interface DraftersJob {
  dir: string;
  params: MergeParams;
  indices: number[];
}

export async function buildDrafters(job: DraftersJob): Promise<FixtureDrafter[]> {
  const out: FixtureDrafter[] = [];
  for (const i of job.indices) {
    const ours = await buildDrafter(job.dir, job.params, i);
    const peerBytes = buildPeerDrafter(job.dir, job.params, i);
    out.push({ ...ours, peer: peerChangesPath(job.dir, i), peerBytes });
  }
  return out;
}

childMain(module, buildDrafters);
