// Reading a list-of-issues file from disk for the CLI: a missing, folder or oversized path is refused
// before its bytes are read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_LOI_BYTES, loiTooLarge } from '../../../shared/loi/file-limits';
import { UserError } from '../../../shared/result';
import { type ReadLoi, readLoiBytes } from './read-loi';

export function readLoiFileBytes(path: string): { bytes: Uint8Array; name: string } {
  if (!existsSync(path)) throw new UserError(`No such file: ${path}`, 'not_found');
  const stat = statSync(path);
  if (!stat.isFile()) throw new UserError(`${path} is not a file.`, 'rejected');
  const name = basename(path);
  if (stat.size > MAX_LOI_BYTES) throw loiTooLarge(name, stat.size);
  return { bytes: new Uint8Array(readFileSync(path)), name };
}

export async function readLoiPath(path: string): Promise<ReadLoi & { name: string }> {
  const { bytes, name } = readLoiFileBytes(path);
  return { ...(await readLoiBytes(bytes, name)), name };
}
