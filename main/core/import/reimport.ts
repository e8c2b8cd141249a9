// Puts a (possibly revised, possibly other-language) list of issues into an open workspace without
// losing anything: questions keep their ref ("5", "5a", "30a.ii"), so every answer, comment and
// assignment stays attached by paragraph and sub-item number; a question that left the list stays
// as a retired node with all that hangs on it; the texts that changed are reported and recorded, and
// a ready or approved answer to a question that now reads otherwise goes back to drafting.
// Answers are not moved to the number their question moved to: a revision's id is bound to its
// answer's ref, and the institutions' workspaces and bundles address answers by the old numbers.
import type { AnswerStatus } from '../../../shared/api/types';
import type { ImportPlan, ImportReport, QuestionChange } from '../../../shared/loi/import-types';
import { MIN_MOVED_TEXT, normalizeQuestion, questionTextDiffers } from '../../../shared/loi/question-text';
import type { ParsedLoi } from '../../../shared/loi/types';
import type { Db } from '../store/database';
import { type NodeRow, defaultWordLimit, nodeRowsOf, readNodes, storeNotesAndLimits } from '../store/document-store';
import { audit, readDocument } from '../store/workspace-store';

/** The heading retired paragraphs are kept under, at the end of the outline. */
export const RETIRED_REF = 'retired';
const answerable = (r: NodeRow) => r.kind === 'paragraph' || r.kind === 'subitem';
// Tables the import rewrites itself; every other table that points at a node keeps that node alive.
const OWN_TABLES = new Set(['node', 'footnote']);

interface Computed {
  plan: ImportPlan;
  fresh: NodeRow[];
  /** Old nodes that leave the list but must stay. */
  keep: NodeRow[];
  drop: string[];
  /** Answered questions whose own text stayed but whose items changed. */
  itemsChanged: QuestionChange[];
}

export function planImport(db: Db, loi: ParsedLoi): ImportPlan {
  return compute(db, loi).plan;
}

function compute(db: Db, loi: ParsedLoi): Computed {
  const old = readNodes(db).filter((r) => r.ref !== RETIRED_REF);
  const oldByRef = new Map(old.map((r) => [r.ref, r]));
  const fresh = nodeRowsOf(loi);
  const freshRefs = new Set(fresh.map((r) => r.ref));
  const answered = new Set((db.prepare('SELECT node_ref FROM answer').all() as Array<{ node_ref: string }>).map((r) => r.node_ref));
  const held = referencedRefs(db);
  // A kept node keeps its parents too, or its parent link would dangle.
  const keepRefs = new Set<string>();
  for (const ref of held) {
    for (let r = oldByRef.get(ref); r && !freshRefs.has(r.ref) && !keepRefs.has(r.ref); r = r.parent_ref ? oldByRef.get(r.parent_ref) : undefined) {
      keepRefs.add(r.ref);
    }
  }
  // An answer stays with its number; if the question it answered moved, say where to, so nobody misses it.
  // Only a move that is certain is named: the old text stands once in the old list and once in the new
  // one, and is long enough not to be a stock phrase ("Please provide information on:" opens many items).
  const movedTo = movedQuestions(old.filter(answerable), fresh.filter(answerable));
  const change = (ref: string, before: string | null, after: string | null): QuestionChange => {
    const to = before === null ? undefined : movedTo.get(ref);
    return { ref, before, after, answered: answered.has(ref), ...(to && to !== ref ? { movedTo: to } : {}) };
  };
  const plan: ImportPlan = {
    mode: answered.size === 0 ? 'replace' : 'reimport',
    paragraphs: fresh.filter((r) => r.kind === 'paragraph').length,
    subitems: fresh.filter((r) => r.kind === 'subitem').length,
    answered: answered.size,
    changed: [], added: [], retired: [], restored: [], removed: 0, unchanged: 0, reopened: [],
  };
  for (const r of fresh.filter(answerable)) {
    const o = oldByRef.get(r.ref);
    if (!o) plan.added.push(change(r.ref, null, r.text));
    else if (o.retired_at) plan.restored.push(change(r.ref, o.text, r.text));
    else if (o.text !== r.text) plan.changed.push(change(r.ref, o.text, r.text));
    else plan.unchanged++;
  }
  // An answer to a paragraph answers its sub-items too: when only they changed, its question did as well.
  // Recorded like a changed text, with the whole question (the paragraph and its items) before and after.
  const reworded = new Map<string, QuestionChange>();
  // The same list in another language (its Russian version in place of the English) asks the same
  // questions in other words: no answer is to be read again for that.
  const translated = readDocument(db).language !== loi.document.language;
  for (const c of [...plan.changed, ...plan.restored]) if (!translated && c.answered && questionTextDiffers(c.before, c.after)) reworded.set(c.ref, c);
  const itemsChanged: QuestionChange[] = [];
  const oldWhole = wholeQuestions(old.filter((r) => !r.retired_at));
  const freshWhole = wholeQuestions(fresh);
  for (const r of fresh.filter((f) => !translated && answerable(f) && answered.has(f.ref) && !reworded.has(f.ref))) {
    const before = oldWhole.get(r.ref) ?? null;
    const after = freshWhole.get(r.ref) ?? null;
    if (oldByRef.get(r.ref)?.retired_at || !questionTextDiffers(before, after)) continue;
    const c = { ref: r.ref, before, after, answered: true };
    reworded.set(r.ref, c);
    itemsChanged.push(c);
  }
  // A ready or approved answer whose question now asks something else was approved for the old question:
  // it goes back to drafting, so the report is not ready until someone has read it against the new one.
  const statusOf = answerStatuses(db);
  for (const r of fresh.filter((f) => reworded.has(f.ref))) {
    const status = statusOf.get(r.ref);
    if (status === 'ready' || status === 'approved') plan.reopened.push({ ref: r.ref, status });
  }
  const drop: string[] = [];
  for (const r of old.filter((o) => !freshRefs.has(o.ref))) {
    if (!keepRefs.has(r.ref)) drop.push(r.ref);
    if (!answerable(r) || r.retired_at) continue;
    if (keepRefs.has(r.ref)) plan.retired.push(change(r.ref, r.text, null));
    else plan.removed++;
  }
  return { plan, fresh, keep: old.filter((r) => keepRefs.has(r.ref)), drop, itemsChanged };
}

/** Old ref -> new ref of each question whose text moved to another number, where that is certain. */
function movedQuestions(old: NodeRow[], fresh: NodeRow[]): Map<string, string> {
  const once = (rows: NodeRow[]) => {
    const byText = new Map<string, string | null>();
    for (const r of rows) {
      const key = normalizeQuestion(r.text);
      byText.set(key, byText.has(key) ? null : r.ref);
    }
    return byText;
  };
  const oldByText = once(old);
  const freshByText = once(fresh);
  const moved = new Map<string, string>();
  for (const [text, ref] of oldByText) {
    const to = freshByText.get(text);
    if (ref && to && text.length >= MIN_MOVED_TEXT) moved.set(ref, to);
  }
  return moved;
}

/** Each answerable node's question as a whole: its text followed by its items', in document order. */
function wholeQuestions(rows: NodeRow[]): Map<string, string> {
  const byRef = new Map(rows.map((r) => [r.ref, r]));
  const whole = new Map<string, string[]>();
  for (const r of [...rows].sort((a, b) => a.ord - b.ord).filter(answerable)) {
    for (let at: NodeRow | undefined = r; at && answerable(at); at = at.parent_ref ? byRef.get(at.parent_ref) : undefined) {
      if (!whole.has(at.ref)) whole.set(at.ref, []);
      whole.get(at.ref)!.push(r.text);
    }
  }
  return new Map([...whole].map(([ref, texts]) => [ref, texts.join('\n')]));
}

function answerStatuses(db: Db): Map<string, AnswerStatus> {
  const rows = db.prepare('SELECT node_ref, status FROM answer').all() as Array<{ node_ref: string; status: AnswerStatus }>;
  return new Map(rows.map((r) => [r.node_ref, r.status]));
}

/** Every node ref that some other table points at (answers, revisions, assignments, comments, merge state…). */
function referencedRefs(db: Db): Set<string> {
  const refs = new Set<string>();
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
  for (const { name } of tables) {
    if (OWN_TABLES.has(name)) continue;
    const fks = db.prepare('SELECT "from" AS col, "table" AS target FROM pragma_foreign_key_list(?)').all(name) as Array<{ col: string; target: string }>;
    for (const fk of fks.filter((f) => f.target === 'node')) {
      const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
      const rows = db.prepare(`SELECT DISTINCT ${quoted(fk.col)} AS ref FROM ${quoted(name)} WHERE ${quoted(fk.col)} IS NOT NULL`).all() as Array<{ ref: string }>;
      for (const r of rows) refs.add(r.ref);
    }
  }
  return refs;
}

export interface ApplyOptions {
  now: Date;
  actor: string;
  sourceName: string;
}

export function applyImport(db: Db, loi: ParsedLoi, o: ApplyOptions): ImportReport {
  return db.transaction((): ImportReport => {
    // Nodes move and change parents inside this transaction; links are checked once, at commit.
    db.pragma('defer_foreign_keys = ON');
    const { plan, fresh, keep, drop, itemsChanged } = compute(db, loi);
    const at = o.now.toISOString();
    db.prepare('DELETE FROM footnote').run();
    db.prepare('DELETE FROM limit_rule').run();
    db.prepare('UPDATE node SET ord = -1 - ord').run();
    const upsert = db.prepare(
      `INSERT INTO node (ref, parent_ref, kind, label, text, ord, articles, refs, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (ref) DO UPDATE SET parent_ref = excluded.parent_ref, kind = excluded.kind, label = excluded.label, text = excluded.text,
         ord = excluded.ord, articles = excluded.articles, refs = excluded.refs, retired_at = excluded.retired_at`,
    );
    // Gaps of 1000 between questions leave room for retired items after their paragraph's current ones.
    for (const r of fresh) {
      upsert.run(r.ref, r.parent_ref, r.kind, r.label, r.text, (r.ord + 1) * 1000, r.articles, r.refs, null);
    }
    // Retired items of a paragraph still in the list stay under it, after its current items.
    const paragraphOf = (ref: string) => /^\d+/.exec(ref)?.[0] ?? ref;
    const lastOrd = new Map<string, number>();
    for (const r of fresh) if (answerable(r)) lastOrd.set(paragraphOf(r.ref), (r.ord + 1) * 1000);
    // Retired paragraphs (and any retired heading) go under the "No longer in the list" heading at the end,
    // each with its retired items; in old document order, so parents still come before their children.
    let tail = (fresh.length + 1) * 1000;
    const orphans = keep.filter((r) => r.kind !== 'subitem');
    if (orphans.length > 0) upsert.run(RETIRED_REF, null, 'heading', '', 'No longer in the list of issues', tail++, '[]', '[]', at);
    else drop.push(RETIRED_REF);
    const retire = db.prepare('UPDATE node SET ord = ?, parent_ref = ?, retired_at = coalesce(retired_at, ?) WHERE ref = ?');
    for (const r of keep) {
      const paragraph = paragraphOf(r.ref);
      if (r.kind === 'subitem' && lastOrd.has(paragraph)) {
        const ord = lastOrd.get(paragraph)! + 1;
        lastOrd.set(paragraph, ord);
        retire.run(ord, r.parent_ref, at, r.ref);
      } else retire.run(tail++, r.kind === 'subitem' ? r.parent_ref : RETIRED_REF, at, r.ref);
    }
    const remove = db.prepare('DELETE FROM node WHERE ref = ?');
    for (const ref of drop) remove.run(ref);
    const wordLimit = plan.mode === 'replace' ? defaultWordLimit(loi) : null;
    db.prepare(
      `UPDATE document SET symbol = ?, committee = ?, state_party = ?, title = ?, language = ?, note = ?, source_name = ?, imported_at = ?,
         word_limit = coalesce(?, word_limit) WHERE id = 1`,
    ).run(loi.document.symbol, loi.document.committee, loi.document.stateParty, loi.document.title, loi.document.language, loi.document.note, o.sourceName, at, wordLimit);
    storeNotesAndLimits(db, loi);
    const importId = Number(
      db.prepare(`INSERT INTO loi_import (at, actor, source_name, symbol, language, mode, paragraphs, subitems) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(at, o.actor, o.sourceName, loi.document.symbol, loi.document.language, plan.mode, plan.paragraphs, plan.subitems).lastInsertRowid,
    );
    // updated_at moves too, as a status change by hand moves it.
    const reopen = db.prepare("UPDATE answer SET status = 'drafting', updated_at = ? WHERE node_ref = ?");
    for (const r of plan.reopened) reopen.run(at, r.ref);
    const record = db.prepare('INSERT INTO question_change (import_id, ref, change, before, after, answered) VALUES (?, ?, ?, ?, ?, ?)');
    for (const [kind, list] of [['changed', [...plan.changed, ...itemsChanged]], ['added', plan.added], ['retired', plan.retired], ['restored', plan.restored]] as const) {
      for (const c of list) record.run(importId, c.ref, kind, c.before, c.after, c.answered ? 1 : 0);
    }
    audit(db, o.now, o.actor, 'loi.import', {
      source: o.sourceName, symbol: loi.document.symbol, mode: plan.mode, changed: plan.changed.length, added: plan.added.length,
      retired: plan.retired.map((c) => c.ref), restored: plan.restored.length, removed: plan.removed,
      backToDrafting: plan.reopened.map((r) => `${r.ref} (${r.status})`),
    });
    return { ...plan, importId, sourceName: o.sourceName };
  }).immediate();
}
