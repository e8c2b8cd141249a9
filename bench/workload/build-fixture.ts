// Makes (or reuses) the merge workload on disk: bench/out/fixtures/merge-<params>/ with the
// enrolled coordinator, the invitations, the institutions' workspaces and their signed bundles,
// and manifest.json. A fixture is reused only when its manifest names the same parameters and the
// same source (the core, shared/ and the workload code): a changed revision id or bundle format
// would make old bundles meaningless.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../lib/core';
import { runChild } from '../lib/child';
import { type FixtureDrafter, type MergeFixture, buildCoordinator, enrol, fixtureOf } from './merge-fixture';
import { buildPeerBase } from './peer-fixture';
import { buildDrafters } from './drafters-child';
import type { MergeParams } from './merge-plan';

const DRAFTERS_CHILD = join(__dirname, 'drafters-child.ts');

export interface BuildOptions {
  dir: string;
  params: MergeParams;
  /** Child processes that build institutions side by side; 0 builds them in this process. */
  jobs: number;
  reuse: boolean;
}

/** A hash over every source file the fixture depends on. */
export function sourceHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(e.name)) h.update(relative(repoRoot, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  for (const d of ['main/core', 'shared', 'bench/workload', 'bench/lib']) walk(join(repoRoot, d));
  return h.digest('hex');
}

export async function buildMergeFixture(o: BuildOptions): Promise<MergeFixture & { buildMs: number; reused: boolean }> {
  const manifest = join(o.dir, 'manifest.json');
  const source = sourceHash();
  if (o.reuse && existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as MergeFixture & { source?: string };
    if (JSON.stringify(m.params) === JSON.stringify(o.params) && m.source === source) return { ...m, buildMs: 0, reused: true };
  }
  const start = performance.now();
  rmSync(o.dir, { recursive: true, force: true });
  mkdirSync(o.dir, { recursive: true });
  await buildCoordinator(o.dir, o.params);
  buildPeerBase(o.dir, o.params);
  const all = Array.from({ length: o.params.institutions }, (_, i) => i);
  let drafters: FixtureDrafter[];
  if (o.jobs <= 0) drafters = await buildDrafters({ dir: o.dir, params: o.params, indices: all });
  else {
    const parts = Array.from({ length: o.jobs }, (_, j) => all.filter((i) => i % o.jobs === j)).filter((p) => p.length > 0);
    const built = await Promise.all(parts.map((indices) => runChild<FixtureDrafter[]>(DRAFTERS_CHILD, { dir: o.dir, params: o.params, indices })));
    drafters = built.flat().sort((x, y) => x.index - y.index);
  }
  await enrol(o.dir, drafters);
  const fixture = fixtureOf(o.dir, o.params, drafters);
  writeFileSync(manifest, JSON.stringify({ ...fixture, source }, null, 2));
  return { ...fixture, buildMs: performance.now() - start, reused: false };
}
