// The coordinator names its institution: a workspace the app made starts as "Lead ministry". New
// text is written under the new name, text written before keeps its author, and the name no longer
// changes once a signed invitation has left; refusals change nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { seededSession } from '../../../helpers/workspace';
import { para } from '../../../helpers/workspace';

const sessions: Array<ReturnType<typeof seededSession>> = [];
const open = () => {
  const w = seededSession();
  sessions.push(w);
  return w;
};
afterEach(() => {
  for (const w of sessions.splice(0)) w.s.close();
});

const MOL = 'Министерство труда, социального обеспечения и миграции';

describe('naming the coordinating ministry', () => {
  it('renames the workspace and its signer; earlier text keeps the name it was written under', async () => {
    const { api, advance } = open();
    const before = await api['identity.get']({});
    expect(before).toMatchObject({ ok: true, value: { institution: 'Lead ministry', role: 'coordinator', renameRefusal: null } });
    expect((await api['answer.save']({ ref: '5', content: para('Written before the rename.') })).ok).toBe(true);

    advance(60 * 60_000);
    const r = await api['identity.rename']({ name: `  ${MOL.replace(', ', ',   ')}\t` });
    expect(r).toMatchObject({ ok: true, value: { institution: MOL, previous: 'Lead ministry', renameRefusal: null } });
    expect(await api['workspace.info']({})).toMatchObject({ ok: true, value: { institution: MOL } });

    advance(60 * 60_000);
    expect((await api['answer.save']({ ref: '5', content: para('Written after it.') })).ok).toBe(true);
    const history = await api['answer.history']({ ref: '5' });
    if (!history.ok) throw new Error(history.error);
    expect(history.value.map((h) => h.author).sort()).toEqual(['Lead ministry', MOL].sort());

    // The invitation carries the new name, and from then on the name stays.
    const invited = await api['institution.invite']({ institution: 'Ministry of Labour', paragraphs: '5', passphrase: 'coordinator passphrase' });
    expect(invited.ok).toBe(true);
    const self = (await api['institution.list']({})).ok && (await api['institution.list']({}));
    expect(self && self.ok && self.value.find((i) => i.self)?.name).toBe(MOL);
    const after = await api['identity.get']({});
    expect(after.ok && after.value.renameRefusal).toBe(`The name can no longer change: an invitation or bundle was signed as ${MOL} on 2026-03-01, and the institutions that take it know the ministry by that name.`);
    const refused = await api['identity.rename']({ name: 'Ministry of Labour and Migration' });
    expect(refused).toMatchObject({ ok: false, code: 'conflict', i18n: { key: 'identity.renameSigned', params: { name: MOL, date: '2026-03-01' } } });
    expect(await api['workspace.info']({})).toMatchObject({ ok: true, value: { institution: MOL } });
  });

  it('refuses a name a bundle could not carry, and changes nothing', async () => {
    const { api } = open();
    for (const name of ['   ', 'Ministry\u202Eof Labour', 'M'.repeat(201), 'Ministry\u200Bof Labour']) {
      const r = await api['identity.rename']({ name });
      expect(r, JSON.stringify(name)).toMatchObject({ ok: false });
      expect(r).toMatchObject({ error: 'The institution name must be one line of 1 to 200 characters.', i18n: { key: 'identity.nameInvalid' } });
    }
    // The name the merge signs its revisions with would make every invitation unreadable.
    for (const name of ['Treaty Desk (automatic merge)', '  treaty desk (AUTOMATIC merge) ']) {
      expect(await api['identity.rename']({ name }), name).toMatchObject({ ok: false, i18n: { key: 'identity.nameReserved' } });
      expect(await api['institution.invite']({ institution: name, paragraphs: '5', passphrase: 'p' }), name).toMatchObject({ ok: false, i18n: { key: 'identity.nameReserved' } });
    }
    expect(await api['identity.get']({})).toMatchObject({ ok: true, value: { institution: 'Lead ministry', renameRefusal: null } });
    expect(await api['institution.list']({})).toEqual({ ok: true, value: [] });
  });

  it('moves the paragraphs assigned to the ministry by name to its new name', async () => {
    const { api } = open();
    const assign = async (ref: string, lead: string | null, contributors: string[]) => expect((await api['paragraph.assign']({ ref, lead, contributors })).ok).toBe(true);
    await assign('5', 'Lead ministry', ['Ministry of Health']);
    await assign('7', 'Ministry of Health', ['Lead ministry', 'National Statistical Committee']);
    await assign('9', 'Ministry of Education', [MOL, 'Lead ministry']);
    expect((await api['identity.rename']({ name: MOL })).ok).toBe(true);
    const dashboard = await api['dashboard.get']({});
    const text = JSON.stringify(dashboard);
    expect(text).not.toContain('Lead ministry');
    const q = async (ref: string) => {
      const r = await api['question.get']({ ref });
      if (!r.ok) throw new Error(r.error);
      return r.value.assignment;
    };
    expect(await q('5')).toMatchObject({ lead: MOL, contributors: ['Ministry of Health'] });
    expect(await q('7')).toMatchObject({ lead: 'Ministry of Health', contributors: [MOL, 'National Statistical Committee'] });
    expect(await q('9')).toMatchObject({ lead: 'Ministry of Education', contributors: [MOL] });
  });
});
