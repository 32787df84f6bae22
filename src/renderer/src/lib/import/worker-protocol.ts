/** Messages between the browser bridge and the import Web Worker. */
import type { ImportEvent, ImportSummary } from '../../../../preload/contract.js';

export interface WorkerFile {
  /** File objects are structured-cloneable: the worker reads the bytes, so the UI thread never holds them. */
  file: File;
  path: string;
}

/**
 * Every message carries this tag. pdf.js, when it falls back to running its worker code inside our worker,
 * talks over the same `self` port ('ready', 'test' ...); the tag keeps the two conversations apart.
 */
export const IMPORT_CHANNEL = 'crosscheck-import';

export type ToWorker = { channel: typeof IMPORT_CHANNEL } & (
  | { type: 'start'; files: WorkerFile[]; maxBytes?: number }
  | { type: 'cancel' }
);

export type FromWorkerBody =
  | { type: 'event'; event: ImportEvent }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'fatal'; message: string };

export type FromWorker = { channel: typeof IMPORT_CHANNEL } & FromWorkerBody;
