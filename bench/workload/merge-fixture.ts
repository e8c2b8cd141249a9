// Builds the merge workload for real: a coordinator workspace with the base answers and its own
// key; one invitation per institution; each institution joins in its own workspace file, makes its
// revisions and exports a signed bundle; then the coordinator enrols every institution the way a
// user does (import the first bundle, which is refused as from an unknown key, and trust the
// fingerprint the institution read out). The enrolled coordinator file is what each run copies.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COORDINATOR, Clock, DAY, HOUR, MINUTE, PASSPHRASE, T0, openCore } from '../lib/core';
import { peerBasePath } from './peer-fixture';
import { type MergeParams, applyEdit, baseAnswers, editsOf, institutionName, toContent } from './merge-plan';

export interface DrafterResult {
  index: number;
  institution: string;
  fingerprint: string;
  bundle: string;
  bytes: number;
  revisions: number;
  answers: number;
}

/** An institution with its bundle and the same edits as Automerge changes for the peer. */
export interface FixtureDrafter extends DrafterResult {
  peer: string;
  peerBytes: number;
}

export interface MergeFixture {
  params: MergeParams;
  dir: string;
  /** The coordinator after enrolment, before any bundle was accepted. */
  coordinator: string;
  /** The coordinator's document for the peer, as Automerge saved it. */
  peerBase: string;
  drafters: FixtureDrafter[];
}

const coordinatorPath = (dir: string) => join(dir, 'coordinator.sqlite');
const invitationPath = (dir: string, i: number) => join(dir, `invitation-${i}.tdbundle`);

/** The coordinator's workspace with the base answers, and one invitation file per institution. */
export async function buildCoordinator(dir: string, p: MergeParams): Promise<void> {
  const core = openCore(coordinatorPath(dir), { seed: true, institution: COORDINATOR, clock: new Clock(T0) });
  try {
    await core.call('identity.create', { passphrase: PASSPHRASE });
    for (const a of baseAnswers(p)) {
      core.clock.at += 1000;
      await core.call('answer.save', { ref: a.ref, content: toContent(a) });
    }
    core.clock.at = T0 + HOUR;
    for (let i = 0; i < p.institutions; i++) {
      const inv = await core.call('institution.invite', { institution: institutionName(i), paragraphs: `1-${p.answers}`, passphrase: PASSPHRASE });
      writeFileSync(invitationPath(dir, i), Buffer.from(inv.data, 'base64'));
    }
  } finally {
    core.close();
  }
}

/**
 * Institution i joins, drafts and exports. Its revisions are an hour apart per answer (longer than
 * the save coalescing window), and institution i finishes a minute after institution i-1, so the
 * bundles arrive in the order their last revisions were written.
 */
export async function buildDrafter(dir: string, p: MergeParams, i: number): Promise<DrafterResult> {
  const clock = new Clock(T0 + 2 * HOUR + i * MINUTE);
  const core = openCore(join(dir, `drafter-${i}.sqlite`), { seed: true, clock, workspaceId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` });
  try {
    const joined = await core.call('workspace.join', { data: readFileSync(invitationPath(dir, i)).toString('base64'), passphrase: PASSPHRASE });
    const base = baseAnswers(p);
    const state = new Map(base.map((a) => [a.ref, a]));
    const rounds = editsOf(p, i, base);
    for (let r = 0; r < rounds.length; r++) {
      clock.at = T0 + DAY + r * HOUR + i * MINUTE;
      for (const e of rounds[r]) {
        clock.at += 1000;
        const next = applyEdit(state.get(e.ref)!, e);
        state.set(e.ref, next);
        await core.call('answer.save', { ref: e.ref, content: toContent(next) });
      }
    }
    clock.at = T0 + 2 * DAY + i * MINUTE;
    const out = await core.call('bundle.export', { passphrase: PASSPHRASE });
    const bundle = join(dir, `bundle-${String(i).padStart(2, '0')}.tdbundle`);
    writeFileSync(bundle, Buffer.from(out.data, 'base64'));
    return { index: i, institution: joined.institution, fingerprint: joined.fingerprint, bundle, bytes: out.bytes, revisions: out.revisions, answers: out.answers };
  } finally {
    core.close();
  }
}

/** The coordinator refuses each first bundle (unknown key), then trusts the fingerprint read out by phone. */
export async function enrol(dir: string, drafters: readonly DrafterResult[]): Promise<void> {
  const core = openCore(coordinatorPath(dir), { clock: new Clock(T0 + 3 * DAY) });
  try {
    for (const d of drafters) {
      const r = await core.call('bundle.import', { data: readFileSync(d.bundle).toString('base64'), fileName: d.bundle });
      if (r.outcome !== 'rejected' || r.reason !== 'unknown_signer') throw new Error(`enrolment of ${d.institution}: expected a refusal for an unknown key, got ${r.outcome} ${r.reason ?? ''}`);
      await core.call('institution.trust', { institution: d.institution, fingerprint: d.fingerprint });
    }
  } finally {
    core.close();
  }
}

export const fixtureOf = (dir: string, p: MergeParams, drafters: FixtureDrafter[]): MergeFixture => ({
  params: p, dir, coordinator: coordinatorPath(dir), peerBase: peerBasePath(dir), drafters,
});
