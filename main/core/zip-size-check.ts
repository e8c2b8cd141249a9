// Refuses a zip package (.docx, .xlsx) that would unzip to more than it should, before anything
// unpacks it: a file of a megabyte or two can expand to gigabytes, and the libraries that read Word
// and Excel files (mammoth, exceljs) unpack every part whole into memory and build a tree of it.
// Both open the package with JSZip, so this reads it with JSZip too: the parts counted are the parts
// they read, however the file lays them out.
import { Readable } from 'node:stream';
import type JSZip from 'jszip';
import { type CoreMessage, coreRefusal } from '../../shared/core-messages';
import type { ErrorCode } from '../../shared/result';

export interface ZipLimit {
  /** The parts this limit adds up (all of them when left out). */
  parts?: RegExp;
  max: number;
  /** The refusal, given the size those parts unzip to in megabytes (one decimal). */
  refusal: (megabytes: number) => CoreMessage;
}

/**
 * Reads the zip's directory (each part's name and the size it unzips to) without inflating a byte,
 * refuses the package with the first limit it exceeds, then inflates the parts as a stream, keeping
 * nothing, to hold them to the limits whatever sizes they declare; returns the part names.
 */
export async function checkZipSize(bytes: Uint8Array, limits: readonly ZipLimit[], damaged: CoreMessage, code?: ErrorCode): Promise<string[]> {
  const { default: JSZipClass } = await import('jszip');
  let files: JSZip.JSZipObject[];
  try {
    // JSZip reads every record of the directory, whatever count the end record gives, and finds
    // each part's data where its record points, which may be inside another part's data.
    files = Object.values((await JSZipClass.loadAsync(bytes)).files);
  } catch {
    throw coreRefusal(damaged, code);
  }
  for (const limit of limits) {
    const total = files.filter(counted(limit)).reduce((sum, f) => sum + declaredSize(f), 0);
    if (total > limit.max) throw coreRefusal(limit.refusal(Math.round((total / 1024 / 1024) * 10) / 10), code);
  }
  // The directory's sizes are the package's word; JSZip inflates each part to its end whatever it
  // says, and only then compares. A package whose parts unzip to more than it declares is damaged,
  // or built to get past this.
  if (await inflatesBeyond(files, limits)) throw coreRefusal(damaged, code);
  return files.map((f) => f.name);
}

const counted = (limit: ZipLimit) => (f: JSZip.JSZipObject) => !f.dir && (!limit.parts || limit.parts.test(f.name));

/** The size the part's directory record says it unzips to (JSZip keeps it on a property it does not declare). */
function declaredSize(f: JSZip.JSZipObject): number {
  const size = (f as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && size > 0 ? size : 0;
}

/**
 * A part's bytes as JSZip inflates them, 16 KB of compressed data at a time, so no step makes more
 * than some 16 MB. JSZip's stream is an old-style one; wrapping it gives one that can be iterated
 * and stopped.
 */
export const inflatedChunks = (file: JSZip.JSZipObject): AsyncIterable<Uint8Array> => new Readable().wrap(file.nodeStream('nodebuffer'));

/** Inflates every part a limit counts, keeping nothing but the running totals, and stops past a limit. */
async function inflatesBeyond(files: JSZip.JSZipObject[], limits: readonly ZipLimit[]): Promise<boolean> {
  const totals = limits.map(() => 0);
  for (const file of files) {
    const limited = limits.flatMap((l, i) => (counted(l)(file) ? [i] : []));
    if (limited.length === 0) continue;
    try {
      for await (const chunk of inflatedChunks(file)) {
        for (const i of limited) totals[i] += chunk.length;
        if (limited.some((i) => totals[i] > limits[i].max)) return true;
      }
    } catch {
      // A part that cannot be inflated, or that unzips to other than it says yet within the limits:
      // the reader that reads it gives its own reason.
    }
  }
  return false;
}
