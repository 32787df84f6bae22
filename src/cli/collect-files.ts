import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { ImportFailure, ImportInput } from '../core/model/article.js';

export interface Collected {
  inputs: ImportInput[];
  failures: ImportFailure[];
}

const isHidden = (name: string) => name.startsWith('.');

/**
 * Reads files and folders (recursively, hidden entries skipped, symlink loops cut by real path).
 * Paths that cannot be read become failures; nothing here throws for one bad path.
 */
export async function collectFiles(paths: string[], maxBytes: number): Promise<Collected> {
  const out: Collected = { inputs: [], failures: [] };
  const seenDirs = new Set<string>();

  async function visit(path: string, explicit: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      out.failures.push({ path, message: describe(err) });
      return;
    }
    if (info.isDirectory()) {
      const real = await realpath(path).catch(() => path);
      if (seenDirs.has(real)) {
        out.failures.push({ path, message: 'folder already visited (symbolic link loop), skipped' });
        return;
      }
      seenDirs.add(real);
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (err) {
        out.failures.push({ path, message: describe(err) });
        return;
      }
      for (const name of names) if (!isHidden(name)) await visit(join(path, name), false);
      return;
    }
    if (!info.isFile()) {
      if (explicit) out.failures.push({ path, message: 'not a regular file' });
      return;
    }
    if (info.size > maxBytes) {
      out.failures.push({ path, message: `file too large (${mb(info.size)} > ${mb(maxBytes)} limit)` });
      return;
    }
    try {
      const buf = await readFile(path);
      out.inputs.push({ name: basename(path), path, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) });
    } catch (err) {
      out.failures.push({ path, message: describe(err) });
    }
  }

  for (const p of paths) await visit(resolve(p), true);
  return out;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symbolic link loop';
    case 'EISDIR': return 'is a folder';
    default: return `cannot read: ${(err as Error)?.message ?? String(err)}`;
  }
}
