// What the bundle commands share: the passphrase from the environment, reading a bundle file with
// a size cap, writing one atomically (a half-written bundle must never sit under the final name).
import { accessSync, closeSync, constants, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../shared/result';
import type { Io } from './command';

export const PASSPHRASE_ENV = 'TREATY_DESK_PASSPHRASE';
const MAX_FILE = 16 * 1024 * 1024;

export function passphrase(io: Io, env = PASSPHRASE_ENV): string {
  const value = io.env[env];
  if (!value) throw new UserError(`Set ${env} to the passphrase of this workspace's signing key.`, 'rejected');
  return value;
}

export function readBundleFile(path: string): Buffer {
  if (!existsSync(path)) throw new UserError(`No such file: ${path}`, 'not_found');
  const size = statSync(path).size;
  if (!statSync(path).isFile()) throw new UserError(`${path} is not a file.`);
  if (size > MAX_FILE) throw new UserError(`${path} is ${(size / 1024 / 1024).toFixed(1)} MB; a bundle is at most 16 MB.`);
  return readFileSync(path);
}

/**
 * Refuses a file path whose folder is missing or cannot be written: checked before a bundle is
 * signed too, since signing records the bundle as sent (its number is taken, an invitation fixes
 * the coordinator's name) even if the file is then never written.
 */
export function assertWritableFolder(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`The folder ${dir} does not exist.`, 'not_found');
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UserError(`The folder ${dir} cannot be written to.`, 'rejected');
  }
}

export function writeFileAtomic(path: string, data: Buffer | string): void {
  assertWritableFolder(path);
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

