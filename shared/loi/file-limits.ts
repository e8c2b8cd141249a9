// How large a list-of-issues file may be. Real ones are well under 2 MB even as PDF; the cap keeps a
// mistaken pick (a video, a disk image) from being read into memory and sent through the API.
import { coreError } from '../core-messages';

export const MAX_LOI_BYTES = 20 * 1024 * 1024;

/** The refusal of a file of `size` bytes. */
export const loiTooLarge = (fileName: string, size: number) =>
  coreError('loiImport.tooLarge', { file: fileName, mb: Math.round((size / 1024 / 1024) * 10) / 10, max: MAX_LOI_BYTES / 1024 / 1024 }, 'rejected');
