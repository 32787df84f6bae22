/**
 * One import Web Worker (web build): parses one File per request with the core pipeline and answers with one
 * outcome. The bridge runs several of these through core's WorkerPool and terminates one that is over its time
 * budget or whose import was cancelled, so a hostile file costs only its own worker.
 */
import type { Article, ImportOutcome } from '../../../../core/model/index.js';
import { IMPORT_CHANNEL, type FromWorker, type FromWorkerBody, type StoredOutcome, type ToWorker, type WebTask, type WorkerOutcome } from './worker-protocol.js';
import { createDb, type CrosscheckDb } from '../db/schema.js';
import { summarize } from '../db/articles.js';
import { describeDbError } from '../db/errors.js';
import { storeLogged } from './import-log.js';
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
  const task = msg.task;
  void parseOne(task)
    .then((outcome): Promise<WorkerOutcome> | WorkerOutcome => (task.store && outcome.ok ? store(outcome.article, task.store.importId) : outcome))
    .then((outcome) => post({ type: 'result', id: msg.id, outcome }));
};

/** This worker's own connection to the app's database (same schema module as the page), opened on first use. */
let db: CrosscheckDb | null = null;

/**
 * The article and its journal line in one transaction (the same rule as the page's writer: a duplicate by content
 * hash is not stored, its line says so). IndexedDB serialises read-write transactions on the same store across
 * connections, so two workers storing the same content cannot both store it. If this worker is terminated (cancel,
 * time budget) before the transaction commits, it is aborted: nothing partial is left behind. The answer goes back
 * only once the write is committed, and carries the library table's fields, never the text.
 */
async function store(article: Article, importId: number | null): Promise<StoredOutcome> {
  try {
    db ??= createDb();
    const result = await storeLogged(db, article, importId);
    if (result.status === 'stored') return { ok: true, stored: { status: 'stored', article: summarize(article) } };
    return { ok: true, stored: { status: 'duplicate', existing: result.existing, path: article.path } };
  } catch (err) {
    return { ok: false, failure: { path: article.path, message: `could not save: ${describeDbError(err)}` } };
  }
}

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
