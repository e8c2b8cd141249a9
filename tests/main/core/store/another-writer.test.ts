// Another process writing the same workspace (the CLI while the window autosaves) makes a save wait
// for it, never fail: every write transaction takes the write lock when it begins. A deferred one
// read first, and when the other process committed meanwhile SQLite refused it at once with
// "database is locked", whatever the busy timeout.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnswers, saveAnswer } from '../../../../main/core/store/answer-store';
import { saveOnBase } from '../../../../main/core/revisions/save-on-base';
import { search } from '../../../../main/core/store/search-store';
import { contentFromPlainText, plainText } from '../../../../shared/editor/types';
import { seededDb } from '../../../helpers/workspace';
import { tempDir } from '../../../helpers/host-process';
import { holdWriteLock } from '../../../helpers/other-process';

describe('a search while another process writes the same file', () => {
  it('answers at once from an index that is up to date, without waiting for the write lock', async () => {
    const path = join(tempDir(), 'ws.sqlite');
    const db = seededDb(path);
    saveAnswer(db, '13', contentFromPlainText('Жалобы рассматривает прокуратура.'), 'Ministry of Labour', new Date('2026-01-05T09:00:00Z'));
    expect(search(db, 'прокуратура').map((h) => h.ref)).toEqual(['13']);
    // Longer than the busy timeout: a search that wanted the write lock would fail.
    const other = await holdWriteLock(path, 6000);
    expect(search(db, 'прокуратура').map((h) => h.ref)).toEqual(['13']);
    await other.done;
    db.close();
  }, 20_000);
});

describe('a save while another process writes the same file', () => {
  it('waits for the other write and then saves', async () => {
    const path = join(tempDir(), 'ws.sqlite');
    const db = seededDb(path);
    saveAnswer(db, '1', contentFromPlainText('Paragraph one.'), 'Ministry of Labour', new Date('2026-01-05T09:00:00Z'));
    // A read before the other process writes: a deferred transaction would keep this snapshot.
    readAnswers(db, ['1']);
    const other = await holdWriteLock(path, 400, "UPDATE answer SET status = 'ready' WHERE node_ref = '1'");
    // The editor's save reads the answer's head before it writes.
    const saved = saveOnBase(db, '2', contentFromPlainText('Paragraph two.'), 'Ministry of Labour', new Date('2026-01-05T09:01:00Z'), null);
    expect(saved.changed).toBe(true);
    expect(await other.done).toBe(0);
    expect(plainText(readAnswers(db, ['2'])['2'].content)).toBe('Paragraph two.');
    expect(readAnswers(db, ['1'])['1'].status).toBe('ready');
    db.close();
  });
});
