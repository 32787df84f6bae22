/** Messages between the browser bridge's pool and one import Web Worker (one file per request). */
import type { ImportFailure, ImportOutcome } from '../../../../core/model/index.js';
import type { StoredFile } from '../../../../preload/contract.js';

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
  /**
   * Present when the worker stores the article itself (decision 0044): it writes the article and its journal line
   * (import `importId`, null when there is no journal) in one transaction, and answers with a summary only.
   */
  store?: { importId: number | null };
}

/** What a storing worker answers for a file: small enough that the UI thread never receives an article body. */
export type StoredOutcome =
  | { ok: true; stored: StoredFile }
  | { ok: false; failure: ImportFailure };

export type WorkerOutcome = ImportOutcome | StoredOutcome;

export type ToWorker = { channel: typeof IMPORT_CHANNEL } & { type: 'parse'; id: number; task: WebTask };

export type FromWorkerBody =
  | { type: 'started'; id: number }
  | { type: 'result'; id: number; outcome: WorkerOutcome };

export type FromWorker = { channel: typeof IMPORT_CHANNEL } & FromWorkerBody;
