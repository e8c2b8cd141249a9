// The whole exchange in the core: the coordinator invites two institutions, they join and answer,
// their bundles are refused until their keys are trusted, then merged; the merged state goes back.
import { describe, expect, it } from 'vitest';
import { readAnswers } from '../../../../main/core/store/answer-store';
import { readWorkspace } from '../../../../main/core/store/workspace-store';
import { institutionViews } from '../../../../main/core/bundle/overview';
import { plainText } from '../../../../shared/editor/types';
import { COORDINATOR, reportingWorkspace } from './fixture';

const text = (db: Parameters<typeof readWorkspace>[0], ref: string) => {
  const a = readAnswers(db, [ref])[ref];
  return a ? plainText(a.content) : undefined;
};

describe('bundle round trip', () => {
  it('invites, joins, refuses until trusted, merges, and sends the merged state back', () => {
    const w = reportingWorkspace();
    w.answer(w.coordinator, '1', 'Coordinator text for paragraph 1.', COORDINATOR);
    const labour = w.joinAs('Ministry of Labour', w.invite('Ministry of Labour', '5,13-17'));
    const interior = w.joinAs('Ministry of Internal Affairs', w.invite('Ministry of Internal Affairs', '7'));

    expect(readWorkspace(labour.db)).toMatchObject({ role: 'drafter', institution: 'Ministry of Labour', workspaceId: readWorkspace(w.coordinator).workspaceId });
    expect(text(labour.db, '1')).toBe('Coordinator text for paragraph 1.');
    expect(labour.fingerprint).toMatch(/^\d{5}( \d{5}){4}$/);

    w.answer(labour.db, '5', 'Labour migration flows are recorded monthly.', 'Ministry of Labour');
    w.answer(labour.db, '13', 'Bilateral agreements with Russia and Kazakhstan.', 'Ministry of Labour');
    w.answer(interior.db, '7c', 'Legal aid is free of charge.', 'Ministry of Internal Affairs');

    const fromLabour = w.exportFrom(labour.db, 'Ministry of Labour');
    const first = w.importInto(w.coordinator, fromLabour);
    expect(first).toMatchObject({ outcome: 'rejected', reason: 'unknown_signer', signer: { fingerprint: labour.fingerprint, institution: 'Ministry of Labour' } });
    expect(text(w.coordinator, '5')).toBeUndefined();

    const accepted = w.enroll(labour, fromLabour);
    expect(accepted).toMatchObject({ outcome: 'accepted', fastForwarded: ['5', '13'], conflicts: [], rejected: [] });
    expect(text(w.coordinator, '5')).toBe('Labour migration flows are recorded monthly.');
    expect(w.importInto(w.coordinator, fromLabour)).toMatchObject({ outcome: 'unchanged' });

    expect(w.enroll(interior, w.exportFrom(interior.db, 'Ministry of Internal Affairs'))).toMatchObject({ outcome: 'accepted', fastForwarded: ['7c'] });

    const back = w.exportFrom(w.coordinator, COORDINATOR);
    expect(w.importInto(labour.db, back)).toMatchObject({ outcome: 'accepted', fastForwarded: ['7c'] });
    expect(text(labour.db, '7c')).toBe('Legal aid is free of charge.');
    expect(w.importInto(interior.db, back)).toMatchObject({ outcome: 'accepted', fastForwarded: ['5', '13'] });

    const views = institutionViews(w.coordinator);
    expect(views.map((v) => [v.name, v.trust, v.lastBundle?.sequence ?? null])).toEqual([
      [COORDINATOR, 'trusted', null],
      ['Ministry of Internal Affairs', 'trusted', 1],
      ['Ministry of Labour', 'trusted', 1],
    ]);
  }, 180_000);
});
