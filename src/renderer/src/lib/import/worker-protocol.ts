/** Messages between the browser bridge's pool and one import Web Worker (one file per request). */
import type { Article, ImportFailure, ImportOutcome } from '../../../../core/model/index.js';

/**
 * Every message carries this tag. pdf.js, when it falls back to running its worker code inside our worker,
 * talks over the same `self` port ('ready', 'test' ...); the tag keeps the two conversations apart.
 */
export const IMPORT_CHANNEL = 'crosscheck-import';

export interface WebTask {
  /** File objects are structured-cloneable: the worker reads the bytes, so the UI thread never holds them. */
  file: File;
  path: string;
  maxBytes?: number;
}

/**
 * A file over the size limit, refused before its bytes are read (so a 2 GB file is never read into memory). Checked in
 * the worker, not when the files are listed (decision 0058): the worker's copy of the File already knows its size,
 * while sizing every picked file on the UI thread first held back the first parse by about 1 ms per file.
 */
export function oversized(task: WebTask): ImportFailure | null {
  const size = task.file.size;
  if (task.maxBytes === undefined || size <= task.maxBytes) return null;
  return { path: task.path, message: `too large (${formatMb(size)}; limit ${formatMb(task.maxBytes)})` };
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export type ToWorker = { channel: typeof IMPORT_CHANNEL } & { type: 'parse'; id: number; task: WebTask };

/**
 * An outcome as it crosses to the page: the article without `text`, which is `paragraphs.join('\n\n')` and would
 * double the structured clone on both threads (decision 0045); the page joins it again (`fromWire`).
 */
export type WireOutcome = { ok: true; article: Omit<Article, 'text'> } | Extract<ImportOutcome, { ok: false }>;

export function toWire(outcome: ImportOutcome): WireOutcome {
  if (!outcome.ok) return outcome;
  const { text: _text, ...article } = outcome.article;
  return { ok: true, article };
}

export function fromWire(outcome: WireOutcome): ImportOutcome {
  if (!outcome.ok) return outcome;
  // `text` goes last (core puts it after `paragraphs`): nothing depends on key order (backups and the analysis
  // fingerprint sort keys), and a spread is ~10× cheaper than rebuilding the order key by key.
  return { ok: true, article: { ...outcome.article, text: outcome.article.paragraphs.join('\n\n') } };
}

export type FromWorkerBody =
  | { type: 'started'; id: number }
  /** `next`: the worker has started the file with this id (it was queued), the same as a `started` message after this one. */
  | { type: 'result'; id: number; outcome: WireOutcome; next?: number };

export type FromWorker = { channel: typeof IMPORT_CHANNEL } & FromWorkerBody;
