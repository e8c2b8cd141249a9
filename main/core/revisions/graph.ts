// The revision graph of one workspace: parents by content hash, generation numbers, ancestry and
// the best common ancestor. Walks go newest-first by generation and stop as soon as the answer is
// known, so a merge touches only the revisions above the common ancestor, not the whole history.
import type { AnswerContent } from '../../../shared/editor/types';
import type { Db } from '../store/database';
import { revisionContent } from '../store/content-store';
import { chunkSizes } from '../content/chunks';
import { BoundedCache } from '../store/bounded-cache';
import { stmt } from './statements';

interface Node {
  parents: string[];
  gen: number;
}

// A revision's parents, generation and creation time are fixed by its id (a content hash), so what
// one import learnt serves the next: the forty imports of an inbox ask about the same heads again
// and again. Only facts about revisions seen in this file are kept, and only while the file is
// open (the caches die with the connection); bounded, as a long session sees many revisions.
// Contents too (frozen, sharing their blocks): each import continues the last merge of every
// answer. They are bounded by the JSON characters they hold as well, as the chunk cache is: they
// keep their blocks alive, and a refused bundle's merged texts must not stay in memory for long.
interface Facts {
  nodes: BoundedCache<Node>;
  created: BoundedCache<string>;
  contents: BoundedCache<AnswerContent>;
}
const sharedFacts = new WeakMap<Db, Facts>();

function factsOf(db: Db): Facts {
  let f = sharedFacts.get(db);
  if (!f) sharedFacts.set(db, (f = { nodes: new BoundedCache(200_000), created: new BoundedCache(200_000), contents: new BoundedCache(2_000, 32 * 1024 * 1024) }));
  return f;
}

/** The JSON characters a content holds put together (a table with its rows). */
const contentChars = (c: AnswerContent) => chunkSizes(c).reduce((n, s) => n + (s.chunk.kind === 'row' ? 0 : s.bytes), 0);

/**
 * Known nodes shared between graphs of one file; "not here" stays with one graph, as a revision
 * missing now may arrive later. So a node found here is a fact about that id, not a proof that the
 * revision is stored now (it may come from a rolled-back import or have been deleted since): walks
 * only start from stored heads, and whether a revision is stored is always asked of the database.
 */
class NodeCache {
  private readonly missing = new Set<string>();
  constructor(private readonly shared: BoundedCache<Node>) {}
  get(id: string): Node | null | undefined {
    return this.shared.get(id) ?? (this.missing.has(id) ? null : undefined);
  }
  set(id: string, n: Node | null): void {
    if (n) this.shared.set(id, n);
    else this.missing.add(id);
  }
}

/** A view of the graph for one transaction (import or resolve); what it learns of stored revisions outlives it. */
export class RevisionGraph {
  private readonly cache: NodeCache;
  private readonly contents: BoundedCache<AnswerContent>;
  private readonly gens = new Map<string, number>();
  private readonly created: BoundedCache<string>;
  private readonly getRow;
  private readonly putGen;

  constructor(private readonly db: Db) {
    const facts = factsOf(db);
    this.cache = new NodeCache(facts.nodes);
    this.created = facts.created;
    this.contents = facts.contents;
    this.getRow = stmt(db, 'SELECT parents, gen FROM revision WHERE id = ?');
    this.putGen = stmt(db, 'UPDATE revision SET gen = ? WHERE id = ?');
  }

  /** A revision's parents and generation, or null when it is not in this workspace. */
  node(id: string): Node | null {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    const row = this.getRow.get(id) as { parents: string; gen: number | null } | undefined;
    if (!row) {
      this.cache.set(id, null);
      return null;
    }
    const parents = JSON.parse(row.parents) as string[];
    if (row.gen !== null) {
      const n = { parents, gen: row.gen };
      this.cache.set(id, n);
      return n;
    }
    return this.fillGen(id);
  }

  /** When a revision was written (its hashed creation time). */
  createdAt(id: string): string {
    let at = this.created.get(id);
    if (at === undefined) {
      const row = stmt(this.db, 'SELECT created_at FROM revision WHERE id = ?').get(id) as { created_at: string } | undefined;
      if (!row) return '';
      at = row.created_at;
      this.created.set(id, at);
    }
    return at;
  }

  /** A revision's generation (0 when unknown). */
  gen(id: string): number {
    const known = this.gens.get(id) ?? this.cache.get(id)?.gen;
    if (known !== undefined) return known;
    const g = this.node(id)?.gen ?? 0;
    this.gens.set(id, g);
    return g;
  }

  /**
   * Records a revision about to be inserted (or just inserted) so later walks need no query, and
   * returns its generation for the caller to store with it.
   */
  add(id: string, parents: string[], content?: AnswerContent, createdAt?: string): number {
    const gen = 1 + Math.max(0, ...parents.map((p) => this.gen(p)));
    if (createdAt !== undefined) this.created.set(id, createdAt);
    this.cache.set(id, { parents, gen });
    if (content && !this.contents.has(id)) this.contents.set(id, content, contentChars(content));
    return gen;
  }

  /** A revision's content (frozen; the store shares its blocks, merges read the same ones again and again). */
  content(id: string): AnswerContent {
    let c = this.contents.get(id);
    if (!c) {
      c = revisionContent(this.db, id);
      this.contents.set(id, c, contentChars(c));
    }
    return c;
  }

  /** Local saves do not write generations: compute them once, iteratively (histories can be long). */
  private fillGen(start: string): Node | null {
    const stack = [start];
    while (stack.length > 0) {
      const id = stack[stack.length - 1];
      if (this.cache.get(id)) {
        stack.pop();
        continue;
      }
      const row = this.getRow.get(id) as { parents: string; gen: number | null } | undefined;
      if (!row) {
        this.cache.set(id, null);
        stack.pop();
        continue;
      }
      const parents = JSON.parse(row.parents) as string[];
      if (row.gen !== null) {
        this.cache.set(id, { parents, gen: row.gen });
        stack.pop();
        continue;
      }
      const pending = parents.filter((p) => this.cache.get(p) === undefined);
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      stack.pop();
      const gen = 1 + Math.max(0, ...parents.map((p) => this.cache.get(p)?.gen ?? 0));
      this.putGen.run(gen, id);
      this.cache.set(id, { parents, gen });
    }
    return this.cache.get(start) ?? null;
  }

  /** Walks from `starts` towards the roots, highest generation first; `visit` returns false to stop. */
  private walk(starts: Array<[string, number]>, visit: (id: string, flags: number, gen: number) => boolean | 'prune'): void {
    const flags = new Map<string, number>();
    const queue: Array<{ id: string; gen: number }> = [];
    const push = (id: string, f: number) => {
      const n = this.node(id);
      if (!n) return;
      const had = flags.get(id);
      flags.set(id, (had ?? 0) | f);
      if (had === undefined) {
        // Keep the queue sorted: highest generation last, ties by id, so walks are deterministic.
        let i = queue.length;
        while (i > 0 && (queue[i - 1].gen > n.gen || (queue[i - 1].gen === n.gen && queue[i - 1].id < id))) i--;
        queue.splice(i, 0, { id, gen: n.gen });
      }
    };
    for (const [id, f] of starts) push(id, f);
    while (queue.length > 0) {
      const { id, gen } = queue.pop()!;
      const f = flags.get(id)!;
      const go = visit(id, f, gen);
      if (go === false) return;
      if (go === 'prune') continue;
      for (const p of this.node(id)!.parents) push(p, f);
    }
  }

  /** True when `ancestor` is `id` or reachable from it through parents. */
  isAncestor(ancestor: string, id: string): boolean {
    if (ancestor === id) return true;
    // An ancestor always has a lower generation than its descendants.
    if (this.gen(ancestor) >= this.gen(id)) return false;
    const target = this.node(ancestor);
    if (!target) return false;
    let found = false;
    this.walk([[id, 1]], (v, _f, gen) => {
      if (v === ancestor) {
        found = true;
        return false;
      }
      return gen <= target.gen ? 'prune' : true;
    });
    return found;
  }

  /** The common ancestor of x and y with the highest generation (ties by id), or null if none. */
  commonAncestor(x: string, y: string): string | null {
    if (x === y) return x;
    let best: string | null = null;
    // Children always have a higher generation than their parents, so when a revision leaves the
    // queue every path to it has been seen: the first one reached from both sides is the answer.
    this.walk(
      [
        [x, 1],
        [y, 2],
      ],
      (v, f) => {
        if (f === 3) {
          best = v;
          return false;
        }
        return true;
      },
    );
    return best;
  }

  /** The heads among `ids`: those that are not an ancestor of another one. */
  maximal(ids: string[]): string[] {
    const uniq = [...new Set(ids)];
    return uniq.filter((x) => !uniq.some((y) => y !== x && this.isAncestor(x, y)));
  }
}
