/**
 * Turns picked or dropped paths into the list of files to import. Folders are walked recursively; the walk
 * never throws: anything that cannot be imported becomes one ImportFailure line for the import report.
 */
import * as nodeFs from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { DEFAULT_MAX_BYTES, type ImportFailure } from '../core/model/index.js';
import { notAnArticle } from '../core/import/not-article.js';

/** The slice of fs/promises the walk uses, injectable so tests can simulate permission errors (tests run as root). */
export interface WalkFs {
  stat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>;
  readdir(path: string): Promise<string[]>;
  realpath(path: string): Promise<string>;
  access(path: string, mode: number): Promise<void>;
}

export interface SourceEntry {
  path: string;
  name: string;
  size: number;
}

export interface CollectedSources {
  files: SourceEntry[];
  skipped: ImportFailure[];
  /** Left out by name, never read: data, images, README/LICENSE notes (core/import/not-article.ts). */
  notArticles: ImportFailure[];
  bytes: number;
}

export interface CollectOptions {
  maxBytes?: number;
  fs?: WalkFs;
}

export async function collectSources(paths: readonly string[], options: CollectOptions = {}): Promise<CollectedSources> {
  const fs = options.fs ?? (nodeFs as unknown as WalkFs);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files: SourceEntry[] = [];
  const skipped: ImportFailure[] = [];
  const notArticles: ImportFailure[] = [];
  // Real paths already taken: a file reached through two links is imported once, a folder walked once.
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  /**
   * `root` is the real path of the folder the user chose (null for the chosen paths themselves). Inside a walk every
   * entry is resolved; one whose real path leaves the chosen folder (a symlink to /etc, a `..` link) is refused with
   * one line and not followed.
   */
  async function visit(path: string, ancestors: ReadonlySet<string>, root: string | null): Promise<void> {
    let stat: Awaited<ReturnType<WalkFs['stat']>>;
    try {
      stat = await fs.stat(path);
    } catch (err) {
      skipped.push({ path, message: describeFsError(err) });
      return;
    }
    if (root !== null) {
      const real = await fs.realpath(path).catch(() => null);
      if (real === null || !isInside(real, root)) {
        skipped.push({ path, message: `symlink points outside the chosen folder (→ ${real ?? 'unresolvable'}); not followed` });
        return;
      }
    }
    if (stat.isDirectory()) {
      await visitDir(path, ancestors, root ?? (await fs.realpath(path).catch(() => path)));
    } else if (stat.isFile()) {
      await visitFile(path, stat.size);
    } else {
      skipped.push({ path, message: 'not a regular file or folder' });
    }
  }

  async function visitDir(path: string, ancestors: ReadonlySet<string>, root: string): Promise<void> {
    const real = await fs.realpath(path).catch(() => path);
    if (ancestors.has(real)) {
      skipped.push({ path, message: `symlink loop: links back to ${real}` });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = await fs.readdir(path);
    } catch (err) {
      skipped.push({ path, message: `cannot open folder: ${describeFsError(err)}` });
      return;
    }
    const inside = new Set(ancestors).add(real);
    // Hidden entries (.git, .DS_Store, editor swap files) are never articles; sorting keeps reports stable.
    for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
      await visit(join(path, name), inside, root);
    }
  }

  async function visitFile(path: string, size: number): Promise<void> {
    const real = await fs.realpath(path).catch(() => path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    // Before the size check: a 2 GB video in the folder is not an article, not a failure.
    const why = notAnArticle(path);
    if (why) {
      notArticles.push({ path, message: why });
      return;
    }
    if (size > maxBytes) {
      skipped.push({ path, message: `too large (${formatMb(size)}; limit ${formatMb(maxBytes)})` });
      return;
    }
    try {
      await fs.access(path, constants.R_OK);
    } catch (err) {
      skipped.push({ path, message: describeFsError(err) });
      return;
    }
    files.push({ path, name: basename(path), size });
  }

  for (const path of paths) await visit(path, new Set(), null);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  return { files, skipped, notArticles, bytes };
}

/** `real` is `root` or lies under it (both real paths). */
function isInside(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Same wording as the web bridge (src/renderer/src/lib/bridge/source-files.ts) so both reports read alike. */
function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const FS_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symlink loop',
  ENAMETOOLONG: 'path too long',
  ENOTDIR: 'not a folder',
  EMFILE: 'too many open files',
};

export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return FS_MESSAGES[code] ?? `cannot read (${code})`;
  return err instanceof Error ? err.message : String(err);
}
