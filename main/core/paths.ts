// Where the app's bundled files are, whether run from source (tsx), from dist/, or packaged.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

function firstExisting(candidates: string[], what: string): string {
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`Cannot find ${what}; looked in: ${candidates.join(', ')}`);
  return found;
}

export function seedPath(extra: string[] = []): string {
  const name = 'CMW_C_KGZ_QPR_2.txt';
  return firstExisting(
    [...extra, resolve(__dirname, '..', 'seeds', name), resolve(__dirname, '..', '..', 'seeds', name), join(process.cwd(), 'seeds', name)],
    'the embedded list of issues',
  );
}

export function rendererDir(extra: string[] = []): string {
  return firstExisting(
    [...extra, resolve(__dirname, 'renderer'), resolve(__dirname, '..', '..', 'dist', 'renderer'), join(process.cwd(), 'dist', 'renderer')],
    'the built renderer (run "npm run build")',
  );
}
