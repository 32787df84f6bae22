/**
 * One import Web Worker (web build): parses the Files it is sent with the core pipeline, one at a time in the order
 * sent, and answers with one outcome each. The bridge runs several of these through core's WorkerPool and terminates one that is over its time
 * budget or whose import was cancelled, so a hostile file costs only its own worker.
 */
import type { ImportOutcome } from '../../../../core/model/index.js';
import { IMPORT_CHANNEL, oversized, toWire, type FromWorker, type FromWorkerBody, type ToWorker, type WebTask } from './worker-protocol.js';
import { configurePdf, importFile } from '../../../../core/import/index.js';
import { BatchReader } from './batch-reader.js';
import { warmUp } from './warm-up.js';
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

/** Files read ahead of parsing at most this big (a larger one is read when its turn comes, inside its budget). */
const READ_AHEAD_MAX_BYTES = 8 * 1024 * 1024;
/** Queued files read together once this many are waiting (web-pool's READ_AHEAD sends up to twice as many). */
const READ_BATCH_FILES = 8;

interface Queued {
  id: number;
  task: WebTask;
  /** Queued for reading on arrival (small files), so the bytes are there when the file before it is done. */
  bytes: Promise<Uint8Array> | null;
}

const read = (file: File) => file.arrayBuffer().then((b) => new Uint8Array(b));

// The pool sends files ahead (lookahead, decision 0045): they are parsed one at a time in the order sent, and their
// bytes are read while the file before them is parsed, so the worker does not idle waiting for each file's read.
// Reads go in batches (decision 0048): each File.arrayBuffer() is a round trip through the browser process.
const reader = new BatchReader({ batchFiles: READ_BATCH_FILES, maxBatchBytes: READ_AHEAD_MAX_BYTES });
const inbox: Queued[] = [];
let busy = false;
// Started with the worker (prewarmed while the picker is open, decision 0039); skips what is left once a file waits.
// After one task turn: a worker started for a file (a replacement after a timeout) usually has that file queued by then
// and parses no sample (otherwise one, as any worker whose file arrives mid warm-up).
const warmed = new Promise((turn) => setTimeout(turn, 0)).then(() => warmUp(() => inbox.length > 0)).catch(() => 0);

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg?.channel !== IMPORT_CHANNEL || msg.type !== 'parse') return;
  const file = msg.task.file;
  const early = file.size <= Math.min(READ_AHEAD_MAX_BYTES, msg.task.maxBytes ?? Infinity);
  const bytes = early ? reader.read(file) : null;
  // A failed early read is reported when the file's turn comes; do not let it surface as an unhandled rejection now.
  bytes?.catch(() => {});
  inbox.push({ id: msg.id, task: msg.task, bytes });
  void drain();
};

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    // Its `started` (and so its time budget) waits for the sample being parsed, at most one file's parse.
    await warmed;
    let next = inbox.shift();
    if (next) post({ type: 'started', id: next.id });
    while (next) {
      const outcome = toWire(await parseOne(next));
      // The next file starts as this one ends: one message says both (decision 0086), halving the messages the
      // page's thread handles per file. A file that arrives later starts with a message of its own.
      const following = inbox.shift();
      post(following ? { type: 'result', id: next.id, outcome, next: following.id } : { type: 'result', id: next.id, outcome });
      next = following;
    }
  } finally {
    busy = false;
  }
}

async function parseOne({ task, bytes: early }: Queued): Promise<ImportOutcome> {
  const tooLarge = oversized(task);
  if (tooLarge) return { ok: false, failure: tooLarge };
  let bytes: Uint8Array;
  // Its batch may not be full yet: read what is queued now rather than wait for more files to arrive.
  if (early) reader.flush(task.file);
  try {
    bytes = await (early ?? read(task.file));
  } catch (err) {
    // Core reports bad files as outcomes; reaching here means the read itself failed (file moved, permission).
    return { ok: false, failure: { path: task.path, message: `could not read file: ${describe(err)}` } };
  }
  return importFile({ name: task.file.name, path: task.path, bytes }, task.maxBytes ? { maxBytes: task.maxBytes } : undefined);
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
