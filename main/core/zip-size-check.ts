// Refuses a zip package (.docx, .xlsx) that would unzip to more than it should, before anything
// unpacks it: a file of a megabyte or two can expand to gigabytes, and the libraries that read Word
// and Excel files (mammoth, exceljs) unpack every part whole into memory and build a tree of it.
import { unzipSync } from 'fflate';
import { type ErrorCode, UserError } from '../../shared/result';

export interface ZipLimit {
  /** The parts this limit adds up (all of them when left out). */
  parts?: RegExp;
  max: number;
  /** The refusal, given the size those parts unzip to in megabytes (one decimal). */
  refusal: (megabytes: number) => string;
}

/**
 * Reads the zip's directory (each part's name and the size it unzips to) without inflating a byte,
 * refuses the package with the first limit it exceeds, and returns the part names.
 */
export function checkZipSize(bytes: Uint8Array, limits: readonly ZipLimit[], damaged: string, code?: ErrorCode): string[] {
  const parts: { name: string; size: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        parts.push({ name: f.name, size: f.originalSize });
        return false;
      },
    });
  } catch {
    throw new UserError(damaged, code);
  }
  for (const limit of limits) {
    const total = parts.filter((p) => !limit.parts || limit.parts.test(p.name)).reduce((sum, p) => sum + p.size, 0);
    if (total > limit.max) throw new UserError(limit.refusal(Math.round((total / 1024 / 1024) * 10) / 10), code);
  }
  return parts.map((p) => p.name);
}
