// JSON with a single spelling for equal data: object keys sorted at every level, arrays kept in
// their (meaningful) order, two-space indentation and a final newline. Two equal workspaces then
// export byte-identical files, whatever order their rows were written in.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

function sortKeys(v: Json | undefined): Json | undefined {
  if (Array.isArray(v)) return v.map((x) => sortKeys(x) ?? null);
  if (v === null || typeof v !== 'object') return v;
  // No prototype, so that a key named "__proto__" is data like any other.
  const out = Object.create(null) as { [key: string]: Json };
  for (const k of Object.keys(v).sort()) {
    const x = sortKeys(v[k]);
    if (x !== undefined) out[k] = x;
  }
  return out;
}

export function canonicalJson(value: Json): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
