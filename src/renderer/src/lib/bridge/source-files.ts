/** Pure helpers for turning picked or dropped files into an import list (kept DOM-free so they unit-test in Node). */
import type { ImportFailure } from '../../../../core/model/index.js';
import { notAnArticle } from '../../../../core/import/not-article.js';

/** A file the user chose, with the path shown in reports (relative to the picked folder on the web). */
export interface SourceFile {
  file: Blob & { name: string };
  path: string;
}

/** Hidden files and anything inside a hidden folder (`.git/`, `.DS_Store`) are not articles. */
export function isHiddenPath(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
}

export interface Partitioned {
  files: SourceFile[];
  skipped: ImportFailure[];
  /** Left out by name, not read: data, images, README/LICENSE notes (core/import/not-article.ts). */
  notArticles: ImportFailure[];
  bytes: number;
}

/**
 * Drop hidden files silently, list files that are not articles by their name (core's rule, shared with the desktop
 * walk and the CLI), refuse oversized ones up front (so a 2 GB video is never read into memory), and keep a
 * stable order (by path) so reports and progress read naturally. Which files are articles is core's call (from the
 * extension and the bytes), as in the desktop app, so both give the same line for a `.json` or a `.png`.
 */
export function partitionSources(candidates: SourceFile[], maxBytes: number, sizeOf: (c: SourceFile) => number = (c) => c.file.size): Partitioned {
  const files: SourceFile[] = [];
  const skipped: ImportFailure[] = [];
  const notArticles: ImportFailure[] = [];
  let bytes = 0;
  // One collator for the whole sort: the same order as localeCompare, which sets one up per call.
  const compare = new Intl.Collator().compare;
  const sorted = [...candidates].sort((a, b) => compare(a.path, b.path));
  for (const c of sorted) {
    if (isHiddenPath(c.path)) continue;
    const why = notAnArticle(c.path);
    if (why) {
      notArticles.push({ path: c.path, message: why });
      continue;
    }
    const size = sizeOf(c);
    if (size > maxBytes) {
      skipped.push({ path: c.path, message: `too large (${formatMb(size)}; limit ${formatMb(maxBytes)})` });
      continue;
    }
    files.push(c);
    bytes += size;
  }
  return { files, skipped, notArticles, bytes };
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** When to give the event loop back: after `sliceMs` of work (a clock, so tests can drive it). */
export interface Slicing {
  sliceMs?: number;
  now?: () => number;
}

/**
 * partitionSources for the UI thread: a picked file's `size` is a synchronous look-up through the browser process
 * in Chromium (about 0.1 ms each on a quiet machine, 1.4–2.3 ms under load: a fixed 250 a chunk made tasks of
 * 350–580 ms), so the sizes are read until `sliceMs` has passed, then the loop yields to the event loop; then
 * partitioned as above.
 */
export async function partitionSourcesInChunks(candidates: SourceFile[], maxBytes: number, slicing: Slicing = {}): Promise<Partitioned> {
  const sliceMs = slicing.sliceMs ?? 8;
  const now = slicing.now ?? (() => performance.now());
  const sizes = new Map<SourceFile, number>();
  let sliceStart = now();
  for (const c of candidates) {
    // Only for files partitionSources will size: each read is a round trip to the browser process.
    if (!isHiddenPath(c.path) && !notAnArticle(c.path)) sizes.set(c, c.file.size);
    if (now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      sliceStart = now();
    }
  }
  return partitionSources(candidates, maxBytes, (c) => sizes.get(c) ?? 0);
}
