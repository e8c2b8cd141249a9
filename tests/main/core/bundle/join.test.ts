// Joining: into a new file, or over the untouched seed a fresh install makes; never over a
// workspace that holds work, and never from something that is not a coordinator's invitation.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canJoin, joinFromInvitation } from '../../../../main/core/bundle/join';
import { identityView } from '../../../../main/core/bundle/overview';
import { passphraseProtector } from '../../../../main/core/identity/protector';
import { saveAnswer } from '../../../../main/core/store/answer-store';
import { openDatabase } from '../../../../main/core/store/database';
import { readWorkspace } from '../../../../main/core/store/workspace-store';
import { contentFromPlainText } from '../../../../shared/editor/types';
import { seededDb } from '../../../helpers/workspace';
import { canonicalDump, pass, reportingWorkspace } from './fixture';

describe('join', () => {
  it('turns an untouched seed into the drafting workspace, with the coordinator\'s list and answers', () => {
    const w = reportingWorkspace();
    w.answer(w.coordinator, '2', 'Coordinator text.', 'Ministry of Foreign Affairs');
    const seed = seededDb(join(w.dir, 'fresh-install.sqlite'), 'Lead ministry');
    expect(canJoin(seed)).toBe(true);
    const r = joinFromInvitation(seed, w.invite('Ministry of Health', '20-21'), pass('Ministry of Health'), w.time.tick());
    expect(r).toMatchObject({ institution: 'Ministry of Health', paragraphs: ['20', '21'], coordinator: 'Ministry of Foreign Affairs' });
    expect(readWorkspace(seed)).toMatchObject({ role: 'drafter', institution: 'Ministry of Health', workspaceId: readWorkspace(w.coordinator).workspaceId });
    expect(identityView(seed)).toMatchObject({ canJoin: false, paragraphs: ['20', '21'], key: { fingerprint: r.fingerprint } });
    const nodes = (db: typeof seed) => db.prepare('SELECT ref, kind, text FROM node ORDER BY ord').all();
    expect(nodes(seed)).toEqual(nodes(w.coordinator));
    expect((seed.prepare("SELECT count(*) AS n FROM answer WHERE node_ref = '2'").get() as { n: number }).n).toBe(1);
  }, 120_000);

  it('refuses a workspace with work in it and leaves it as it was', () => {
    const w = reportingWorkspace();
    const busy = seededDb(join(w.dir, 'busy.sqlite'), 'Lead ministry');
    saveAnswer(busy, '3', contentFromPlainText('Already drafting here.'), 'Lead ministry', new Date());
    expect(canJoin(busy)).toBe(false);
    const before = canonicalDump(busy);
    expect(() => joinFromInvitation(busy, w.invite('Ministry of Health', '20'), pass('Ministry of Health'), w.time.tick())).toThrow(/already holds work/);
    expect(canonicalDump(busy)).toBe(before);

    // Work kept in tables other engineers added (here a comment on a question) counts as well.
    const commented = seededDb(join(w.dir, 'commented.sqlite'), 'Lead ministry');
    commented.prepare("INSERT INTO comment (node_ref, author, body, created_at) VALUES ('4', 'Lead ministry', 'Ask the Ministry of Health.', '2026-01-01T00:00:00Z')").run();
    expect(canJoin(commented)).toBe(false);
  }, 120_000);

  it('refuses an answer bundle, a damaged invitation, and a short passphrase, writing nothing', () => {
    const w = reportingWorkspace();
    const invitation = w.invite('Ministry of Health', '20');
    const health = openDatabase(join(w.dir, 'health.sqlite'));
    const damaged = Buffer.from(invitation);
    damaged[damaged.length - 10] ^= 0x20;
    expect(() => joinFromInvitation(health, damaged, pass('Ministry of Health'), new Date())).toThrow(/altered or damaged/);
    expect(() => joinFromInvitation(health, invitation, passphraseProtector('short'), new Date())).toThrow(/at least 8 characters/);
    const other = w.joinAs('Ministry of Labour', w.invite('Ministry of Labour', '5'));
    expect(() => joinFromInvitation(health, w.exportFrom(other.db, 'Ministry of Labour'), pass('Ministry of Health'), new Date())).toThrow(/not an invitation/);
    expect(health.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'workspace'").get()).toEqual({ n: 1 });
    expect(health.prepare('SELECT count(*) AS n FROM workspace').get()).toEqual({ n: 0 });
    expect(health.prepare('SELECT count(*) AS n FROM node').get()).toEqual({ n: 0 });
  }, 120_000);
});
