// Zips written byte by byte for the tests of the size checks, laid out as a hostile file would be:
// an entry whose data sits inside another entry's data, and that the end record may leave uncounted.
import { crc32, deflateRawSync } from 'node:zlib';

export interface Entry {
  name: string;
  /** The bytes as stored: deflated when `method` is 8. */
  stored: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The size the entry says it unzips to. */
  size: number;
}

/** An entry of `content`, deflated unless `method` is 0; `size` overrides the size it declares. */
export function entry(name: string, content: Uint8Array, method: 0 | 8 = 8, size = content.length): Entry {
  return { name, stored: method === 8 ? deflateRawSync(content) : content, method, crc: crc32(content), size };
}

/**
 * A deflated entry of `mb` megabytes of zeros, made without holding them: one megabyte deflated
 * without ending the stream, repeated (every back-reference in it reads zeros), then an empty last block.
 */
export function zeros(name: string, mb: number): Entry {
  const one = deflateRawSync(new Uint8Array(1024 * 1024), { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  const stored = new Uint8Array(one.length * mb + 2);
  for (let i = 0; i < mb; i++) stored.set(one, i * one.length);
  stored.set([0x03, 0x00], one.length * mb);
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = crc32(new Uint8Array(1024 * 1024), crc);
  return { name, stored, method: 8, crc, size: mb * 1024 * 1024 };
}

/** An entry's local header followed by its stored bytes. */
export function local(e: Entry): Uint8Array {
  const name = new TextEncoder().encode(e.name);
  const out = new Uint8Array(30 + name.length + e.stored.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(8, e.method, true);
  v.setUint32(14, e.crc, true);
  v.setUint32(18, e.stored.length, true);
  v.setUint32(22, e.size, true);
  v.setUint16(26, name.length, true);
  out.set(name, 30);
  out.set(e.stored, 30 + name.length);
  return out;
}

/** An entry's record in the central directory, pointing at its local header at `offset`. */
export function central(e: Entry, offset: number): Uint8Array {
  const name = new TextEncoder().encode(e.name);
  const out = new Uint8Array(46 + name.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 20, true);
  v.setUint16(10, e.method, true);
  v.setUint32(16, e.crc, true);
  v.setUint32(20, e.stored.length, true);
  v.setUint32(24, e.size, true);
  v.setUint16(28, name.length, true);
  v.setUint32(42, offset, true);
  out.set(name, 46);
  return out;
}

/**
 * A zip of the given pieces in order: `body` (local entries, and whatever else), then the central
 * directory `records`, then `after` (bytes between the directory and the end record), then an end
 * record that counts `counted` entries and spans the directory and `after`.
 */
export function assemble(body: Uint8Array[], records: Uint8Array[], counted: number, after: Uint8Array[] = []): Uint8Array {
  const cat = (parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };
  const head = cat(body);
  const directory = cat([...records, ...after]);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, counted, true);
  v.setUint16(10, counted, true);
  v.setUint32(12, directory.length, true);
  v.setUint32(16, head.length, true);
  return cat([head, directory, end]);
}

/**
 * A zip of `entries` and a part `inner` whose local entry is the stored content of a part `carrierName`,
 * where a walk of the local entries from the start of the file does not look. Its directory record
 * comes last, and the end record leaves it out of its count unless `counted`.
 */
export function withInner(entries: Entry[], carrierName: string, inner: Entry, counted = true): Uint8Array {
  const carrier = entry(carrierName, local(inner), 0);
  const all = [...entries, carrier];
  const locals = all.map(local);
  const offsets = locals.map((_, i) => locals.slice(0, i).reduce((n, l) => n + l.length, 0));
  const innerAt = offsets[entries.length] + 30 + new TextEncoder().encode(carrierName).length;
  const records = [...all.map((e, i) => central(e, offsets[i])), central(inner, innerAt)];
  return assemble(locals, records, counted ? records.length : records.length - 1);
}
