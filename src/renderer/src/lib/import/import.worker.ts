/**
 * One import Web Worker (web build): parses one File per request with the core pipeline and answers with one
 * outcome. The bridge runs several of these through core's WorkerPool and terminates one that is over its time
 * budget or whose import was cancelled, so a hostile file costs only its own worker.
 */
import type { ImportOutcome } from '../../../../core/model/index.js';
import { IMPORT_CHANNEL, type FromWorker, type FromWorkerBody, type ToWorker, type WebTask } from './worker-protocol.js';
import { configurePdf, importFile } from '../../../../core/import/index.js';
// Vite emits pdf.js's worker as a same-origin asset (allowed by worker-src 'self'); pdf.js loads it only for the first PDF.
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

configurePdf({ workerSrc: pdfWorkerUrl });

// The renderer tsconfig uses the DOM lib (not WebWorker, which conflicts with it); this is the slice of the worker scope we use.
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker | undefined>) => void) | null;
}
const scope = self as unknown as WorkerScope;

function post(message: FromWorkerBody): void {
  scope.postMessage({ ...message, channel: IMPORT_CHANNEL });
}

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg?.channel !== IMPORT_CHANNEL || msg.type !== 'parse') return;
  post({ type: 'started', id: msg.id });
  void parseOne(msg.task).then((outcome) => post({ type: 'result', id: msg.id, outcome }));
};

async function parseOne(task: WebTask): Promise<ImportOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await task.file.arrayBuffer());
  } catch (err) {
    // Core reports bad files as outcomes; reaching here means the read itself failed (file moved, permission).
    return { ok: false, failure: { path: task.path, message: `could not read file: ${describe(err)}` } };
  }
  return importFile({ name: task.file.name, path: task.path, bytes }, task.maxBytes ? { maxBytes: task.maxBytes } : undefined);
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
