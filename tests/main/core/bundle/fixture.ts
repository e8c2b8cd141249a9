// A reporting workspace for bundle tests: a coordinator, institutions invited and joined, each in
// its own SQLite file, and a clock the test moves by hand.
import { join } from 'node:path';
import { exportAnswers } from '../../../../main/core/bundle/export';
import { importBundle } from '../../../../main/core/bundle/import';
import type { BundlePreparer } from '../../../../main/core/bundle/inbox-preparer';
import { Prepared, prepareBundle, signerSet } from '../../../../main/core/bundle/prepare';
import { unseal } from '../../../../main/core/bundle/container';
import { createInvitation } from '../../../../main/core/bundle/invite';
import { joinFromInvitation } from '../../../../main/core/bundle/join';
import { trustInstitution } from '../../../../main/core/bundle/trust';
import { passphraseProtector } from '../../../../main/core/identity/protector';
import { readAnswers, saveAnswer } from '../../../../main/core/store/answer-store';
import { type Db, openDatabase } from '../../../../main/core/store/database';
import { contentFromPlainText, plainText } from '../../../../shared/editor/types';
import { tempDir } from '../../../helpers/host-process';
import { seededDb } from '../../../helpers/workspace';

export const COORDINATOR = 'Ministry of Foreign Affairs';
export const pass = (name: string) => passphraseProtector(`${name} passphrase`);

export function clock(start = '2026-02-02T09:00:00Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), tick: (ms = 60_000) => new Date((t += ms)) };
}

export interface Drafter {
  name: string;
  db: Db;
  fingerprint: string;
}

export function reportingWorkspace() {
  const dir = tempDir('treaty-desk-bundles-');
  const time = clock();
  const coordinator = seededDb(join(dir, 'coordinator.sqlite'), COORDINATOR);
  const invite = (name: string, paragraphs: string) => Buffer.from(createInvitation(coordinator, pass(COORDINATOR), { institution: name, paragraphs }, time.tick()).data, 'base64');
  const joinAs = (name: string, invitation: Buffer): Drafter => {
    const db = openDatabase(join(dir, `${name.replace(/\W+/g, '-')}.sqlite`));
    const r = joinFromInvitation(db, invitation, pass(name), time.tick());
    return { name, db, fingerprint: r.fingerprint };
  };
  const answer = (db: Db, ref: string, text: string, author: string) => saveAnswer(db, ref, contentFromPlainText(text), author, time.tick(10 * 60_000));
  const exportFrom = (db: Db, name: string) => Buffer.from(exportAnswers(db, pass(name), time.tick()).data, 'base64');
  const importInto = (db: Db, bytes: Buffer, fileName?: string) => importBundle(db, bytes, time.tick(), fileName);
  /** The usual first exchange: a refused bundle shows the key, the coordinator confirms it by phone. */
  const enroll = (d: Drafter, bytes: Buffer) => {
    const first = importInto(coordinator, bytes);
    if (first.reason !== 'unknown_signer') throw new Error(`expected unknown_signer, got ${first.outcome} ${first.message}`);
    trustInstitution(coordinator, d.name, d.fingerprint, time.tick());
    return importInto(coordinator, bytes);
  };
  /** An institution invited for `paragraphs` that wrote `text` in `ref`, its first bundle taken (the key confirmed). */
  const enrolledWith = (name: string, paragraphs: string, ref: string, text: string): Drafter => {
    const d = joinAs(name, invite(name, paragraphs));
    answer(d.db, ref, text, name);
    const r = enroll(d, exportFrom(d.db, name));
    if (r.outcome !== 'accepted') throw new Error(`expected the first bundle of ${name} accepted, got ${r.outcome}: ${r.message}`);
    return d;
  };
  return { dir, time, coordinator, invite, joinAs, answer, exportFrom, importInto, enroll, enrolledWith };
}

/** The plain text of an answer as it reads now. */
export const answerText = (db: Db, ref = '5') => plainText(readAnswers(db, [ref])[ref].content);

/** Everything a workspace holds except the audit log, table by table in a fixed order: equal dumps, equal content. */
export function canonicalDump(db: Db): string {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'audit_log' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = db.prepare(`SELECT * FROM "${t}"`).all().map((r) => JSON.stringify(r)).sort();
  return JSON.stringify(out);
}

export const auditCount = (db: Db) => (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

/**
 * Labour, enrolled for paragraph 5 with `start`, and the coordinator each edit it at the same time
 * (`mine`, `theirs`); `back` is the coordinator's bundle with its edit, not yet imported by Labour.
 */
export function divergentEdits(start: string, mine: string, theirs: string) {
  const LABOUR = 'Ministry of Labour';
  const w = reportingWorkspace();
  const labour = w.enrolledWith(LABOUR, '5', '5', start);
  w.answer(w.coordinator, '5', mine, COORDINATOR);
  const back = w.exportFrom(w.coordinator, COORDINATOR);
  w.answer(labour.db, '5', theirs, LABOUR);
  return { w, labour, back };
}

/**
 * An inbox: the coordinator's text for paragraph 5, two institutions' bundles rewording it
 * differently (Labour its first paragraph, Interior its second), both keys trusted as users do it
 * (the first sight refused, then the fingerprint confirmed), and a forged copy of Interior's bundle.
 */
export function twoInstitutionInbox() {
  const LABOUR = 'Ministry of Labour';
  const INTERIOR = 'Ministry of Internal Affairs';
  const w = reportingWorkspace();
  w.answer(w.coordinator, '5', 'Flows are recorded.\n\nReturns are recorded.', COORDINATOR);
  const labour = w.joinAs(LABOUR, w.invite(LABOUR, '5'));
  const interior = w.joinAs(INTERIOR, w.invite(INTERIOR, '5'));
  w.answer(labour.db, '5', 'Flows are recorded monthly.\n\nReturns are recorded.', LABOUR);
  w.answer(interior.db, '5', 'Flows are recorded.\n\nReturns are recorded by region.', INTERIOR);
  const a = w.exportFrom(labour.db, LABOUR);
  const b = w.exportFrom(interior.db, INTERIOR);
  for (const [bytes, d] of [[a, labour], [b, interior]] as const) {
    if (w.importInto(w.coordinator, bytes).reason !== 'unknown_signer') throw new Error('expected the first sight of a key refused');
    trustInstitution(w.coordinator, d.name, d.fingerprint, w.time.tick());
  }
  const forged = Buffer.from(b);
  forged[forged.length - 30] ^= 1;
  /** Labour's next bundle: its first paragraph reworded again, on top of the first. */
  const later = () => {
    w.answer(labour.db, '5', 'Flows are recorded every month.\n\nReturns are recorded.', LABOUR);
    return w.exportFrom(labour.db, LABOUR);
  };
  return { w, a, b, forged, later };
}

/** The key a bundle is signed with, when its seal can be read at all (a thread told to read that signer). */
export function signedBy(bytes: Buffer): Buffer[] {
  try {
    return [unseal(bytes).key.raw];
  } catch {
    return [];
  }
}

/**
 * Prepares an inbox's bundles on this thread, as the second thread would, and hands each out once
 * (the real one drops what it handed out): the prepared path of importBundles, deterministically.
 * `used` collects the indices handed out prepared.
 */
export const inThreadPreparer = (used: number[] = []) => (files: Buffer[], signers: readonly Buffer[]): BundlePreparer => {
  const read = signerSet(signers);
  const ready = new Map(files.map((f, i) => [i, prepareBundle(i, f, read)]));
  return {
    take: (i) => {
      const m = ready.get(i);
      ready.delete(i);
      if (!m?.ok) return null;
      used.push(i);
      return Prepared.from(files[i], m);
    },
    close: () => undefined,
  };
};
