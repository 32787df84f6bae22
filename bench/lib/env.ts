// Where the bench runs from and how it was asked to run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** Generated corpora live here (gitignored), e.g. the 10k import corpus, generated once. */
export const CACHE = resolve(ROOT, '.tmp', 'bench');
export const SMOKE = process.argv.includes('--smoke');

/** Load a module from another area (repo-relative .ts path); null, with a note, while its owner has not landed it. */
export async function optionalImport<T>(repoPath: string): Promise<T | null> {
  const abs = resolve(ROOT, repoPath);
  if (!existsSync(abs)) {
    console.log(`skipped: ${repoPath} does not exist yet`);
    return null;
  }
  return (await import(pathToFileURL(abs).href)) as T;
}

export function log(msg: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
}
