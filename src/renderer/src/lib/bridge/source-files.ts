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

export interface Listed {
  files: SourceFile[];
  /** Left out by name, not read: data, images, README/LICENSE notes (core/import/not-article.ts). */
  notArticles: ImportFailure[];
}

/**
 * Drop hidden files silently, list files that are not articles by their name (core's rule, shared with the desktop
 * walk and the CLI), and keep a stable order (by path) so reports and progress read naturally. Which files are
 * articles is core's call (from the extension and the bytes), as in the desktop app, so both give the same line for a
 * `.json` or a `.png`. Nothing is sized here: on the web a size is a round trip to the browser process (decision 0058).
 */
export function listSources(candidates: SourceFile[]): Listed {
  const files: SourceFile[] = [];
  const notArticles: ImportFailure[] = [];
  // One collator for the whole sort: the same order as localeCompare, which sets one up per call.
  const compare = new Intl.Collator().compare;
  const sorted = [...candidates].sort((a, b) => compare(a.path, b.path));
  for (const c of sorted) {
    if (isHiddenPath(c.path)) continue;
    const why = notAnArticle(c.path);
    if (why) notArticles.push({ path: c.path, message: why });
    else files.push(c);
  }
  return { files, notArticles };
}

/** When to give the event loop back: after `sliceMs` of work (a clock, so tests can drive it). */
export interface Slicing {
  sliceMs?: number;
  now?: () => number;
}

/**
 * The picked files' total size, read on the UI thread while the import runs (decision 0058): a picked file's `size`
 * is a synchronous look-up through the browser process in Chromium (about 0.1 ms each on a quiet machine, 1–2 ms
 * under load), so sizes are read until `sliceMs` has passed, then the loop yields to the event loop. Returns null if
 * `stop()` turns true first (the import ended; the total is no longer wanted).
 */
export async function sumSizesInChunks(files: Blob[], slicing: Slicing = {}, stop: () => boolean = () => false): Promise<number | null> {
  const sliceMs = slicing.sliceMs ?? 8;
  const now = slicing.now ?? (() => performance.now());
  let total = 0;
  let sliceStart = now();
  for (const file of files) {
    total += file.size;
    if (now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (stop()) return null;
      sliceStart = now();
    }
  }
  return total;
}
