// An automatic merge is dropped once later merges move past it, but only while it has never left
// the workspace. Once the coordinator has sent it out, institutions build on it: it must stay, or
// their next bundles are refused as building on a revision the coordinator no longer has.
import { describe, expect, it } from 'vitest';
import { headContent } from '../../../../main/core/store/content-store';
import { plainText } from '../../../../shared/editor/types';
import { COORDINATOR, reportingWorkspace } from './fixture';

const LABOUR = 'Ministry of Labour';
const INTERIOR = 'Ministry of Internal Affairs';
const HEALTH = 'Ministry of Health';
const text = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('an automatic merge that went out in a bundle', () => {
  it('is kept when later merges move past it, and a drafter’s text built on it is taken', () => {
    const w = reportingWorkspace();
    w.answer(w.coordinator, '5', text('Flows are recorded.', 'Returns are recorded.', 'Stays are recorded.'), COORDINATOR);
    const labour = w.joinAs(LABOUR, w.invite(LABOUR, '5'));
    const interior = w.joinAs(INTERIOR, w.invite(INTERIOR, '5'));
    const health = w.joinAs(HEALTH, w.invite(HEALTH, '5'));
    w.answer(labour.db, '5', text('Flows are recorded monthly.', 'Returns are recorded.', 'Stays are recorded.'), LABOUR);
    w.answer(interior.db, '5', text('Flows are recorded.', 'Returns are recorded by region.', 'Stays are recorded.'), INTERIOR);
    w.answer(health.db, '5', text('Flows are recorded.', 'Returns are recorded.', 'Stays are recorded for a year.'), HEALTH);
    expect(w.enroll(labour, w.exportFrom(labour.db, LABOUR)).outcome).toBe('accepted');
    expect(w.enroll(interior, w.exportFrom(interior.db, INTERIOR))).toMatchObject({ outcome: 'accepted', merged: ['5'] });
    const merge = w.coordinator.prepare("SELECT head FROM answer WHERE node_ref = '5'").pluck().get() as string;

    // The merged text goes back to Labour; then Health's bundle arrives and the merge moves on.
    expect(w.importInto(labour.db, w.exportFrom(w.coordinator, COORDINATOR)).outcome).toBe('accepted');
    expect(w.enroll(health, w.exportFrom(health.db, HEALTH))).toMatchObject({ outcome: 'accepted', merged: ['5'] });
    expect(w.coordinator.prepare("SELECT head FROM answer WHERE node_ref = '5'").pluck().get()).not.toBe(merge);
    expect(w.coordinator.prepare('SELECT sealed_via FROM revision WHERE id = ?').pluck().get(merge)).toBe('export');

    // Labour writes on the merged text it received: its bundle names the merge as parent and is taken.
    w.answer(labour.db, '5', text('Flows are recorded monthly.', 'Returns are recorded by region.', 'Stays are recorded. Data by sex.'), LABOUR);
    expect(w.importInto(w.coordinator, w.exportFrom(labour.db, LABOUR))).toMatchObject({ outcome: 'accepted', rejected: [] });
    expect(plainText(headContent(w.coordinator, '5')!)).toBe(
      'Flows are recorded monthly.\nReturns are recorded by region.\nStays are recorded for a year.\nStays are recorded. Data by sex.',
    );
  });
});
