// Importing into an open workspace through the API: a revised list keeps every answer by number and
// reports what changed; a vanished question stays reachable with its answer; an other-language
// version keeps answers too; garbage and invalid trees change nothing at all.
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { Api } from '../../../../shared/api/methods';
import type { ParsedLoi } from '../../../../shared/loi/types';
import type { Db } from '../../../../main/core/store/database';
import { para, seedText, seededCore } from '../../../helpers/workspace';
import { insertParagraph3 } from '../../../helpers/revised-lists';

const b64 = (text: string | Uint8Array) => Buffer.from(typeof text === 'string' ? new TextEncoder().encode(text) : text).toString('base64');

/** Every row of every table, for before/after comparison. */
function dump(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

async function read(api: Api, text: string | Uint8Array, fileName = 'list.txt') {
  const r = await api['loi.read']({ fileName, data: b64(text) });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

// The seed, revised: paragraph 5 reworded, item 30 (j) and paragraph 35 gone, a new item 6 (d).
const revised = seedText
  .replace('Please provide qualitative and quantitative information and statistics on labour', 'Please provide updated qualitative and quantitative information and statistics on labour')
  .replace(/ \(j\) Measures taken to widely disseminate information on trafficking in persons \n\nand on assistance for victims\. \n/, '')
  .replace(/35\. Please submit a common core document[\s\S]*?words\. ?\n/, '')
  .replace('present list of issues prior to reporting. ', 'present list of issues prior to reporting; \n\n (d) Steps taken to translate the Convention into Kyrgyz. ');

describe('re-importing a revised list', () => {
  it('keeps every answer by number, reports changed texts and retires what left the list', async () => {
    const { api, db } = seededCore();
    expect(revised).not.toBe(seedText);
    for (const [ref, text] of [['5', 'Flows are recorded monthly.'], ['7b', 'Twelve complaints.'], ['30j', 'Leaflets in three languages.'], ['35', 'The core document was updated in 2024.']]) {
      expect((await api['answer.save']({ ref, content: para(text) })).ok).toBe(true);
    }
    const revisionsBefore = db.prepare('SELECT * FROM revision ORDER BY id').all();

    const preview = await read(api, revised, 'CMW_C_KGZ_QPR_2-rev.txt');
    expect(preview.loi.paragraphs).toHaveLength(34);
    expect(preview.plan).toMatchObject({ mode: 'reimport', paragraphs: 34, subitems: 83, answered: 4, removed: 0, restored: [] });
    expect(preview.plan.changed.map((c) => [c.ref, c.answered])).toEqual([['5', true], ['6c', false]]);
    expect(preview.plan.added.map((c) => c.ref)).toEqual(['6d']);
    expect(preview.plan.retired.map((c) => [c.ref, c.answered])).toEqual([['30j', true], ['35', true]]);
    expect(dump(db).node).toHaveLength(db.prepare('SELECT count(*) AS n FROM node').pluck().get() as number);

    const report = await api['loi.commit']({ loi: preview.loi, sourceName: preview.fileName });
    expect(report.ok && report.value.changed.map((c) => c.ref)).toEqual(['5', '6c']);
    expect(db.prepare('SELECT * FROM revision ORDER BY id').all()).toEqual(revisionsBefore);

    const p5 = await api['question.get']({ ref: '5' });
    expect(p5.ok && p5.value.text).toMatch(/^Please provide updated qualitative/);
    expect(p5.ok && p5.value.answers['5'].content).toEqual(para('Flows are recorded monthly.'));
    const p30 = await api['question.get']({ ref: '30' });
    expect(p30.ok && p30.value.subitems.map((s) => s.ref).slice(-2)).toEqual(['30i', '30j']);
    expect(p30.ok && p30.value.answers['30j'].content).toEqual(para('Leaflets in three languages.'));
    const p35 = await api['question.get']({ ref: '35' });
    expect(p35.ok && p35.value.answers['35'].content).toEqual(para('The core document was updated in 2024.'));

    const outline = await api['outline.get']({});
    const nodes = outline.ok ? outline.value.nodes : [];
    expect(nodes.find((n) => n.ref === '35')).toMatchObject({ parentRef: 'retired', kind: 'paragraph' });
    expect(nodes.find((n) => n.ref === 'retired')).toMatchObject({ kind: 'heading', parentRef: null });
    expect(nodes[nodes.length - 1].ref).toBe('35');
    expect(db.prepare('SELECT ref, retired_at FROM node WHERE retired_at IS NOT NULL ORDER BY ord').all()).toEqual([
      { ref: '30j', retired_at: '2026-01-05T09:00:00.000Z' }, { ref: 'retired', retired_at: '2026-01-05T09:00:00.000Z' }, { ref: '35', retired_at: '2026-01-05T09:00:00.000Z' },
    ]);
    expect(db.prepare("SELECT ref, change, answered FROM question_change ORDER BY id").all()).toEqual([
      { ref: '5', change: 'changed', answered: 1 }, { ref: '6c', change: 'changed', answered: 0 }, { ref: '6d', change: 'added', answered: 0 },
      { ref: '30j', change: 'retired', answered: 1 }, { ref: '35', change: 'retired', answered: 1 },
    ]);
    // Footnote 3 was cited only by paragraph 35: it stays in the document, unattached, and the preview said so.
    expect(db.prepare('SELECT marker, node_ref FROM footnote ORDER BY id').all()).toEqual([
      { marker: '*', node_ref: null }, { marker: '1', node_ref: '7' }, { marker: '2', node_ref: '13' }, { marker: '3', node_ref: null },
    ]);
    expect(preview.loi.warnings.map((w) => w.message)).toEqual(['Footnote 3 is not cited anywhere in the text; it is kept unattached.']);

    // Importing the original again brings the retired questions back where they were.
    const back = await read(api, seedText, 'CMW_C_KGZ_QPR_2.txt');
    expect(back.plan.restored.map((c) => c.ref)).toEqual(['30j', '35']);
    expect((await api['loi.commit']({ loi: back.loi, sourceName: back.fileName })).ok).toBe(true);
    expect(db.prepare('SELECT count(*) FROM node WHERE retired_at IS NOT NULL').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM node WHERE ref = 'retired'").pluck().get()).toBe(0);
    const status = await api['status.get']({});
    expect(status.ok && status.value).toMatchObject({ paragraphs: 35, subitems: 83 });
    expect(db.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
  });

  it('keeps answers when the same list comes back in another language', async () => {
    const en = ['Committee on Migrant Workers', 'List of issues prior to submission of the second periodic report of Chad',
      '1. Please provide information on the legal framework.', '2. Please provide information on:', ' (a) Policies;', ' (b) Resources.'].join('\n');
    const ru = ['Комитет по защите прав всех трудящихся-мигрантов', 'Перечень вопросов до представления второго периодического доклада Чада',
      '1. Просьба представить информацию о правовой базе.', '2. Просьба представить информацию о:', ' а) политике;', ' б) ресурсах.'].join('\n');
    const { api, db } = seededCore();
    const first = await read(api, en);
    expect(first.plan.mode).toBe('replace');
    expect((await api['loi.commit']({ loi: first.loi, sourceName: 'en.txt' })).ok).toBe(true);
    expect(db.prepare('SELECT count(*) FROM node WHERE retired_at IS NULL').pluck().get()).toBe(4);
    await api['answer.save']({ ref: '2b', content: para('Budget line 14.') });
    const second = await read(api, ru, 'ru.txt');
    expect(second.plan.changed.map((c) => c.ref)).toEqual(['1', '2', '2a', '2b']);
    expect((await api['loi.commit']({ loi: second.loi, sourceName: 'ru.txt' })).ok).toBe(true);
    const q = await api['question.get']({ ref: '2' });
    expect(q.ok && q.value.subitems.map((s) => s.text)).toEqual(['политике;', 'ресурсах.']);
    expect(q.ok && q.value.answers['2b'].content).toEqual(para('Budget line 14.'));
    const info = await api['workspace.info']({});
    expect(info.ok && info.value.document.language).toBe('ru');
  });
});

describe('bad input changes nothing', () => {
  it('refuses garbage files and invalid trees with one line, leaving every table as it was', async () => {
    const { api, db } = seededCore();
    await api['answer.save']({ ref: '1a', content: para('Kept.') });
    const before = dump(db);
    const blank = await PDFDocument.create();
    blank.addPage();
    const random = await blank.save();
    const cases: Array<[string, string]> = [
      ['empty.txt', ''],
      ['noise.bin', b64(Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))],
      ['blank.pdf', b64(random)],
      ['notes.txt', b64('1. Milk\n2. Bread')],
      ['huge.txt', 'A'.repeat(28 * 1024 * 1024)],
    ];
    for (const [fileName, data] of cases) {
      const r = await api['loi.read']({ fileName, data });
      expect(r.ok, fileName).toBe(false);
      if (!r.ok) expect(r.error).not.toContain('\n');
    }
    const good = await read(api, seedText);
    const dup: ParsedLoi = { ...good.loi, paragraphs: [...good.loi.paragraphs, { ...good.loi.paragraphs[0] }] };
    const r = await api['loi.commit']({ loi: dup, sourceName: 'x.txt' });
    expect(r).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(!r.ok && r.error).toMatch(/paragraph 1 appears twice; renumber one of them/);
    expect(dump(db)).toEqual(before);
  });
});

describe('a revision that inserts a paragraph', () => {
  it('keeps answers by number and says where each answered question moved', async () => {
    const { api } = seededCore();
    await api['answer.save']({ ref: '3', content: para('The Ministry of Labour coordinates.') });
    const inserted = insertParagraph3(seedText);
    const plan = (await read(api, inserted)).plan;
    expect(plan.paragraphs).toBe(36);
    expect(plan.changed.find((c) => c.ref === '3')).toMatchObject({ answered: true, movedTo: '4', after: 'Please describe the national referral mechanism.' });
    expect(plan.added.map((c) => c.ref)).toContain('36');
    expect(plan.changed.filter((c) => c.answered)).toHaveLength(1);
  });
});

describe('the default word limit', () => {
  it('is 31,800 words for an initial report and 21,200 for a periodic one', async () => {
    const { api } = seededCore();
    const initial = await read(api, ['Committee on the Rights of Persons with Disabilities', 'List of issues in relation to the initial report of Chad',
      '1. Please describe the legal framework.', '2. Please describe the registers.'].join('\n'));
    expect(initial.loi.document.report).toEqual({ kind: 'initial', numbers: [1] });
    await api['loi.commit']({ loi: initial.loi, sourceName: 'ced.txt' });
    const info = await api['workspace.info']({});
    expect(info.ok && info.value.document.wordLimit).toBe(31_800);
  });
});
