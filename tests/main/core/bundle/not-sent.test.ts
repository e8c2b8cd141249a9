// What a drafter's export says it left out: only answers outside its paragraphs that it changed
// itself. The coordinator's text it received (and the coordinator's later updates) is not listed:
// the drafter never touched it, and the coordinator has it already.
import { describe, expect, it } from 'vitest';
import { exportAnswers } from '../../../../main/core/bundle/export';
import { COORDINATOR, pass, reportingWorkspace } from './fixture';

const HEALTH = 'Ministry of Health';

describe('a drafter’s export: answers not sent', () => {
  it('lists only the answers outside its paragraphs that the drafter changed', () => {
    const w = reportingWorkspace();
    for (const ref of ['5', '6', '7', '8']) w.answer(w.coordinator, ref, `The coordinator’s reply to paragraph ${ref}.`, COORDINATOR);
    const health = w.joinAs(HEALTH, w.invite(HEALTH, '11,12'));
    const exportHealth = () => exportAnswers(health.db, pass(HEALTH), w.time.tick());

    // Received text alone, and the drafter's own paragraphs, are not "not sent".
    w.answer(health.db, '11', 'Children of migrants attend school free of charge.', HEALTH);
    expect(exportHealth()).toMatchObject({ answers: 1, notSent: [] });

    // The coordinator's update arrives: still nothing of the drafter's own outside 11 and 12.
    w.answer(w.coordinator, '6', 'The coordinator’s revised reply to paragraph 6.', COORDINATOR);
    expect(w.importInto(health.db, w.exportFrom(w.coordinator, COORDINATOR)).outcome).toBe('accepted');
    expect(exportHealth().notSent).toEqual([]);

    // The drafter edits paragraphs it was not given (one received, one new, one emptied): those are listed, in the list's order.
    w.answer(health.db, '7', 'Health’s own words on paragraph 7.', HEALTH);
    w.answer(health.db, '13', 'Health’s own words on paragraph 13.', HEALTH);
    w.answer(health.db, '5', '', HEALTH);
    expect(exportHealth()).toMatchObject({ answers: 1, notSent: ['5', '7', '13'] });
  }, 120_000);
});
