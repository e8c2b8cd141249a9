// Refuses a zip package (.docx, .xlsx) that would unzip to more than it should, before anything
// unpacks it: a file of a megabyte or two can expand to gigabytes, and the libraries that read Word
// and Excel files (mammoth, exceljs) unpack every part whole into memory and build a tree of it.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
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
 * refuses the package with the first limit it exceeds, and returns the part names.
 */
export function checkZipSize(bytes: Uint8Array, limits: readonly ZipLimit[], damaged: CoreMessage, code?: ErrorCode): string[] {
  const parts: { name: string; size: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        parts.push({ name: f.name, size: f.originalSize });
        return false;
      },
    });
  } catch {
    throw coreRefusal(damaged, code);
  }
  for (const limit of limits) {
    const total = parts.filter((p) => !limit.parts || limit.parts.test(p.name)).reduce((sum, p) => sum + p.size, 0);
    if (total > limit.max) throw coreRefusal(limit.refusal(Math.round((total / 1024 / 1024) * 10) / 10), code);
  }
  // The directory's sizes are the package's word; the readers inflate each part to its end whatever it
  // says. A package whose parts unzip to more than it declares is damaged, or built to get past this.
  if (inflatesBeyond(bytes, limits)) throw coreRefusal(damaged, code);
  return parts.map((p) => p.name);
}

// Compressed input is fed in slices this size, so no slice can inflate to more than some 16 MB at once.
const SLICE = 16 * 1024;

/** Inflates every part as a stream, keeping nothing but the running totals, and stops past a limit. */
function inflatesBeyond(bytes: Uint8Array, limits: readonly ZipLimit[]): boolean {
  const totals = limits.map(() => 0);
  let over = false;
  const unzip = new Unzip((file) => {
    const counts = limits.map((l, i) => (!l.parts || l.parts.test(file.name) ? i : -1)).filter((i) => i >= 0);
    file.ondata = (error, data) => {
      if (error || !data) return;
      for (const i of counts) if ((totals[i] += data.length) > limits[i].max) over = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !over; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch {
    // A layout the streaming reader cannot follow: the directory's sizes, checked above, stand.
  }
  return over;
}
