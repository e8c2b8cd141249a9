// Full-text search over question texts and answers (SQLite FTS5, Latin and Cyrillic alike). The
// index catches up lazily before each query: answers by head revision, questions by text, so every
// writer (autosave, restore, merge, re-import) is covered without having to remember the index.
import { createHash } from 'node:crypto';
import type { SearchHit, Segment } from '../../../shared/api/types';
import { footnotes, plainText } from '../../../shared/editor/types';
import { loadContent } from './content-store';
import type { Db } from './database';
import { readNodes } from './document-store';

const OPEN = '\u0001';
const CLOSE = '\u0002';

interface Stale {
  answers: Array<{ ref: string; head: string; blocks: string }>;
  questions: Array<{ ref: string; text: string; hash: string }>;
}

/** What the index lags behind: answers whose head moved, questions whose text changed. Reads only. */
function staleEntries(db: Db): Stale {
  const answers = db
    .prepare(
      `SELECT a.node_ref AS ref, a.head, r.blocks FROM answer a JOIN revision r ON r.id = a.head
       LEFT JOIN search_state s ON s.ref = 'a:' || a.node_ref WHERE s.revision IS NOT a.head`,
    )
    .all() as Stale['answers'];
  const known = new Map((db.prepare("SELECT ref, revision FROM search_state WHERE ref LIKE 'q:%'").all() as Array<{ ref: string; revision: string }>).map((r) => [r.ref, r.revision]));
  const questions: Stale['questions'] = [];
  for (const n of readNodes(db)) {
    if (n.kind !== 'paragraph' && n.kind !== 'subitem') continue;
    const hash = createHash('sha1').update(n.text).digest('hex');
    if (known.get(`q:${n.ref}`) !== hash) questions.push({ ref: n.ref, text: n.text, hash });
  }
  return { answers, questions };
}

// A search takes the write lock only when the index has something to catch up on: while another
// process writes, a search on an index that is up to date must not wait for it.
function refresh(db: Db): void {
  const first = staleEntries(db);
  if (first.answers.length === 0 && first.questions.length === 0) return;
  db.transaction(() => {
    const { answers, questions } = staleEntries(db);
    const drop = db.prepare('DELETE FROM search_text WHERE ref = ? AND kind = ?');
    const add = db.prepare('INSERT INTO search_text (ref, kind, body) VALUES (?, ?, ?)');
    const mark = db.prepare('INSERT INTO search_state (ref, revision) VALUES (?, ?) ON CONFLICT (ref) DO UPDATE SET revision = excluded.revision');
    for (const a of answers) {
      const content = loadContent(db, a.blocks);
      drop.run(a.ref, 'answer');
      add.run(a.ref, 'answer', [plainText(content), ...footnotes(content)].join('\n'));
      mark.run(`a:${a.ref}`, a.head);
    }
    for (const q of questions) {
      drop.run(q.ref, 'question');
      add.run(q.ref, 'question', q.text);
      mark.run(`q:${q.ref}`, q.hash);
    }
  }).immediate();
}

/** Spellings of a Russian word whose е might be written ё or the other way round (most texts drop the dots). */
const MAX_YO_PLACES = 4;
function yoSpellings(word: string): string[] {
  const chars = [...word.toLowerCase()];
  const places = chars.flatMap((c, i) => (c === 'е' || c === 'ё' ? [i] : [])).slice(0, MAX_YO_PLACES);
  const out: string[] = [];
  for (let mask = 0; mask < 1 << places.length; mask++) {
    const spelt = [...chars];
    places.forEach((at, k) => (spelt[at] = mask & (1 << k) ? 'ё' : 'е'));
    out.push(spelt.join(''));
  }
  return out;
}

/**
 * Each word of the query must appear (as a word prefix), in any order. FTS5 folds case but not the
 * dots of ё, so "все" must also find "всё" and "утверждённый" "утвержденный": each word is looked
 * for in either spelling.
 */
export function toFtsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const spellings = yoSpellings(w).map((x) => `"${x}"*`);
      return spellings.length === 1 ? spellings[0] : `(${spellings.join(' OR ')})`;
    })
    .join(' AND ');
}

export function search(db: Db, q: string, limit = 50): SearchHit[] {
  const fts = toFtsQuery(q);
  if (!fts) return [];
  refresh(db);
  const rows = db
    .prepare(
      `SELECT s.ref, s.kind, snippet(search_text, 2, '${OPEN}', '${CLOSE}', '…', 16) AS snip, n.kind AS node_kind, n.label
       FROM search_text s JOIN node n ON n.ref = s.ref
       WHERE search_text MATCH ? ORDER BY n.ord, s.kind LIMIT ?`,
    )
    .all(fts, limit) as Array<{ ref: string; kind: 'question' | 'answer'; snip: string; node_kind: string; label: string }>;
  return rows.map((r) => {
    const paragraph = /^\d+/.exec(r.ref)![0];
    return {
      ref: r.ref,
      paragraph,
      kind: r.kind,
      label: r.node_kind === 'paragraph' ? `${paragraph}.` : `${paragraph} (${r.ref.slice(paragraph.length).replace(/\./g, ')(')})`,
      snippet: segments(r.snip),
    };
  });
}

function segments(snippet: string): Segment[] {
  const out: Segment[] = [];
  for (const part of snippet.split(OPEN)) {
    const [matched, rest] = part.includes(CLOSE) ? part.split(CLOSE) : [null, part];
    if (matched) out.push({ text: matched, match: true });
    if (rest) out.push({ text: rest, match: false });
  }
  return out;
}
