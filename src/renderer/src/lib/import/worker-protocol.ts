/** Messages between the browser bridge's pool and one import Web Worker (one file per request). */
import type { ImportOutcome } from '../../../../core/model/index.js';

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

export type ToWorker = { channel: typeof IMPORT_CHANNEL } & { type: 'parse'; id: number; task: WebTask };

export type FromWorkerBody =
  | { type: 'started'; id: number }
  | { type: 'result'; id: number; outcome: ImportOutcome };

export type FromWorker = { channel: typeof IMPORT_CHANNEL } & FromWorkerBody;
