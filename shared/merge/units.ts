// An answer seen as the merge sees it: a flat list of units (paragraph, quote, list item, table).
// Footnotes and links ride inside their block; list items remember their list so lists rebuild.
import type {
  AnswerContent, BlockElement, DataTableElement, ListElement, ListItemElement, ParagraphElement, QuoteElement,
} from '../editor/types';
import { isList, isTable } from '../editor/types';

export type Unit =
  | { kind: 'block'; block: ParagraphElement | QuoteElement }
  /**
   * `first` starts a new list right after a list of the same kind, so the two stay two lists. Any
   * other list starts by itself (after a paragraph, or a list of the other kind): marking its first
   * item would make deleting that item change the next one, a conflict with any edit of it.
   */
  | { kind: 'item'; list: ListElement['type']; first: boolean; block: ListItemElement }
  | { kind: 'table'; block: DataTableElement };

export function toUnits(content: AnswerContent): Unit[] {
  return content.flatMap((b, at): Unit[] => {
    if (isTable(b)) return [{ kind: 'table', block: b }];
    if (isList(b)) {
      const split = at > 0 && content[at - 1].type === b.type;
      return b.children.map((item, i) => ({ kind: 'item', list: b.type, first: i === 0 && split, block: item }));
    }
    return [{ kind: 'block', block: b }];
  });
}

export function fromUnits(units: readonly Unit[]): AnswerContent {
  const out: BlockElement[] = [];
  let open: ListElement | null = null;
  for (const u of units) {
    if (u.kind === 'item') {
      if (!open || u.first || open.type !== u.list) {
        open = { type: u.list, children: [] };
        out.push(open);
      }
      open.children.push(u.block);
      continue;
    }
    open = null;
    out.push(u.block);
  }
  return out;
}

// Merges compare the same block objects many times (an answer's blocks are shared between its
// parsed revisions and merge results, which are never mutated): serialise each block once.
const serialised = new WeakMap<object, string>();
const blockJson = (b: object): string => {
  let s = serialised.get(b);
  if (s === undefined) serialised.set(b, (s = JSON.stringify(b)));
  return s;
};

const blockKeys = new WeakMap<object, string>();

/**
 * Equal keys mean equal units: the serialised block with its kind of list, and for an item that
 * splits a list from the one before it, that split: a side that makes or removes a split changes
 * the item, so a merge conflicts there rather than join or part two lists unasked.
 */
export const contentKey = (u: Unit): string => {
  if (u.kind === 'item') return `item:${u.list}:${u.first ? 'split:' : ''}` + blockJson(u.block);
  // A block's key depends on the block alone: made once, the same string is compared by reference.
  let k = blockKeys.get(u.block);
  if (k === undefined) blockKeys.set(u.block, (k = `${u.kind}:` + blockJson(u.block)));
  return k;
};

/** What the alignment matches on: a text block by its content (an edit is a replacement), a table by id. */
export const identityKey = (u: Unit): string => (u.kind === 'table' ? `table:${u.block.id}` : contentKey(u));
