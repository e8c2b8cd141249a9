// How replies refer to the list of issues: "5", "5a" and "30a.ii" become "5", "5 (a)", "30 (a) (ii)".

export interface RefParts {
  paragraph: string;
  /** Sub-item labels from the outermost in: ["a", "ii"]. */
  items: string[];
}

export function refParts(ref: string): RefParts {
  const m = /^(\d+)([a-z]*)((?:\.[a-z]+)*)$/.exec(ref);
  if (!m) return { paragraph: ref, items: [] };
  const items = [m[2], ...m[3].split('.').slice(1)].filter((s) => s.length > 0);
  return { paragraph: m[1], items };
}

/** "30 (a) (ii)": the way a check list or a cross-reference names a paragraph or sub-item. */
export function refLabel(ref: string): string {
  const { paragraph, items } = refParts(ref);
  return [paragraph, ...items.map((i) => `(${i})`)].join(' ');
}

/** "(ii)": the label of the innermost sub-item, as a reply's sub-heading shows it. */
export function itemLabel(ref: string): string {
  const { items } = refParts(ref);
  return items.length ? `(${items[items.length - 1]})` : '';
}

