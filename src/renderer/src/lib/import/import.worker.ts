/**
 * Import worker (web build): reads each File, runs the core pipeline on it, and streams one event per file.
 * One file at a time keeps memory flat and makes cancel take effect after the current file.
 */
import type { ImportEvent } from '../../../../preload/contract.js';
import type { ImportOutcome } from '../../../../core/model/index.js';
import { IMPORT_CHANNEL, type FromWorker, type FromWorkerBody, type ToWorker, type WorkerFile } from './worker-protocol.js';
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

let cancelled = false;

function post(message: FromWorkerBody): void {
  scope.postMessage({ ...message, channel: IMPORT_CHANNEL });
}
function emit(event: ImportEvent): void {
  post({ type: 'event', event });
}

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg?.channel !== IMPORT_CHANNEL) return;
  if (msg.type === 'cancel') {
    cancelled = true;
  } else if (msg.type === 'start') {
    run(msg.files, msg.maxBytes).catch((err: unknown) => post({ type: 'fatal', message: describe(err) }));
  }
};

async function run(files: WorkerFile[], maxBytes: number | undefined): Promise<void> {
  const filesTotal = files.length;
  const bytesTotal = files.reduce((sum, f) => sum + f.file.size, 0);
  let filesDone = 0;
  let bytesDone = 0;
  let parsed = 0;
  let failed = 0;
  const progress = (current: string | null) =>
    emit({ type: 'progress', progress: { filesDone, filesTotal, bytesDone, bytesTotal, current } });

  progress(null);
  for (const f of files) {
    if (cancelled) break;
    progress(f.path);
    const outcome = await parseOne(f, maxBytes);
    if (outcome.ok) {
      parsed++;
      emit({ type: 'article', article: outcome.article });
    } else {
      failed++;
      emit({ type: 'failure', failure: outcome.failure });
    }
    filesDone++;
    bytesDone += f.file.size;
    progress(null);
  }
  post({ type: 'done', summary: { parsed, failed, cancelled } });
}

async function parseOne(f: WorkerFile, maxBytes: number | undefined): Promise<ImportOutcome> {
  try {
    const bytes = new Uint8Array(await f.file.arrayBuffer());
    return await importFile({ name: f.file.name, path: f.path, bytes }, maxBytes ? { maxBytes } : undefined);
  } catch (err) {
    // Core reports bad files as outcomes; reaching here means the read itself failed (file moved, permission).
    return { ok: false, failure: { path: f.path, message: `could not read file: ${describe(err)}` } };
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
