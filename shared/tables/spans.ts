// Multi-row column headers: a header label equal to its left neighbour continues it, so "Women",
// "Women" over "0-17", "18+" is one "Women" spanning two columns. A span never crosses a boundary
// of the row above it (two "Total" labels under "Women" and "Men" stay two cells).

export interface HeaderSpan {
  /** First column of the span. */
  start: number;
  /** Number of columns covered. */
  span: number;
  label: string;
}

/** For every header row, its cells left to right with their spans. */
export function headerSpans(header: readonly (readonly string[])[]): HeaderSpan[][] {
  const out: HeaderSpan[][] = [];
  let above: Set<number> | null = null;
  for (const row of header) {
    const spans: HeaderSpan[] = [];
    const starts = new Set<number>();
    row.forEach((label, c) => {
      const last = spans[spans.length - 1];
      const continues = c > 0 && label.trim() !== '' && label === row[c - 1] && !(above?.has(c) ?? false);
      if (continues && last) last.span += 1;
      else {
        spans.push({ start: c, span: 1, label });
        starts.add(c);
      }
    });
    out.push(spans);
    // A boundary in this row is also a boundary for every row below.
    above = new Set([...(above ?? []), ...starts]);
  }
  return out;
}

/** The span that covers column `c` of header row `r`. */
export function spanAt(spans: HeaderSpan[][], r: number, c: number): HeaderSpan | undefined {
  return spans[r]?.find((s) => c >= s.start && c < s.start + s.span);
}

/** A column's header labels top to bottom, without blanks and repeats ("Women – 0-17"). */
export function columnLabel(header: readonly (readonly string[])[], c: number, separator = ' – '): string {
  const parts: string[] = [];
  for (const row of header) {
    const label = (row[c] ?? '').trim();
    if (label !== '' && parts[parts.length - 1] !== label) parts.push(label);
  }
  return parts.join(separator);
}
