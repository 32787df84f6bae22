/**
 * The web build's import: core's WorkerPool over module Web Workers, as many as the machine has cores
 * (navigator.hardwareConcurrency, at most one per file). A file over the time budget has its worker terminated;
 * cancel terminates the files being parsed at once. Browsers have no per-Worker heap ceiling, so memory is bounded by
 * core's limits (DOCX expansion, depth, text size) and the time budget.
 */
import type { ImportEvent, ImportStoreOptions, ImportSummary, StoredFile } from '../../../../preload/contract.js';
import { DEFAULT_TIME_BUDGET_MS, WorkerPool, type PoolRun, type WorkerFactory } from '../../../../core/import/index.js';
import type { CrosscheckDb } from '../db/schema.js';
import { summarize } from '../db/articles.js';
import { IMPORT_CHANNEL, type FromWorker, type ToWorker, type WebTask, type WorkerOutcome } from './worker-protocol.js';

export const CANCELLED_WHILE_PARSING = 'import cancelled while this file was being parsed; not imported';

export const webWorkerFactory: WorkerFactory<WebTask, WorkerOutcome> = (events) => {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  worker.onmessage = (e: MessageEvent<FromWorker | undefined>) => {
    const msg = e.data;
    if (msg?.channel !== IMPORT_CHANNEL) return; // pdf.js chatter, see worker-protocol.ts
    if (msg.type === 'started') events.started?.(msg.id);
    else events.result(msg.id, msg.outcome);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    events.exit({ message: e.message || 'worker error' });
  };
  return {
    send: (id, task) => worker.postMessage({ channel: IMPORT_CHANNEL, type: 'parse', id, task } satisfies ToWorker),
    terminate: () => worker.terminate(),
  };
};

export function workerCount(files: number, cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return Math.max(1, Math.min(files, cores || 2, 16));
}

export interface WebImport {
  done: Promise<ImportSummary>;
  cancel(): void;
}

/** Runs the files through the pool, streaming the contract's events (progress names the file just started). */
export function runWebImport(
  tasks: WebTask[],
  onEvent: (event: ImportEvent) => void,
  options: {
    timeBudgetMs?: number;
    factory?: WorkerFactory<WebTask, WorkerOutcome>;
    workers?: number;
    /** The workers store each article themselves (decision 0044); `db` is the page's connection, to settle a cancel. */
    store?: ImportStoreOptions & { db: CrosscheckDb };
  } = {},
): WebImport {
  const store = options.store;
  if (store) tasks = tasks.map((t) => ({ ...t, store: { importId: store.importId } }));
  const filesTotal = tasks.length;
  const bytesTotal = tasks.reduce((s, t) => s + t.file.size, 0);
  let filesDone = 0;
  let bytesDone = 0;
  let parsed = 0;
  let failed = 0;
  const inFlight = new Set<string>();
  const progress = (current: string | null) => onEvent({ type: 'progress', progress: { filesDone, filesTotal, bytesDone, bytesTotal, current } });
  const base = options.factory ?? webWorkerFactory;
  // Wraps the factory to see each start (for progress) without the pool knowing about events.
  const factory: WorkerFactory<WebTask, WorkerOutcome> = (events, settings) => {
    const w = base(events, settings);
    return {
      send: (id, task) => {
        inFlight.add(task.path);
        progress(task.path);
        w.send(id, task);
      },
      terminate: () => w.terminate(),
    };
  };
  const pool = new WorkerPool<WebTask, WorkerOutcome>(factory, {
    workers: options.workers ?? workerCount(tasks.length),
    timeBudgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
  });
  progress(null);
  const run: PoolRun = pool.run(tasks, (outcome, task) => {
    inFlight.delete(task.path);
    if (outcome.ok) {
      parsed++;
      if ('stored' in outcome) onEvent({ type: 'stored', stored: outcome.stored });
      else onEvent({ type: 'article', article: outcome.article });
    } else {
      failed++;
      onEvent({ type: 'failure', failure: outcome.failure });
    }
    filesDone++;
    bytesDone += task.file.size;
    progress([...inFlight].at(-1) ?? null);
  });
  const done = run.done.then(async (summary) => {
    pool.close();
    // A worker stopped by cancel may have committed its article just before: its journal line says so.
    const settled = store?.importId != null && summary.interrupted.length ? await storedBeforeCancel(store.db, store.importId, summary.interrupted) : new Map<string, StoredFile>();
    // Files stopped by cancel are named, so the report says what was not imported.
    for (const path of summary.interrupted) {
      const stored = settled.get(path);
      if (stored) {
        parsed++;
        onEvent({ type: 'stored', stored });
        continue;
      }
      failed++;
      onEvent({ type: 'failure', failure: { path, message: CANCELLED_WHILE_PARSING } });
    }
    return { parsed, failed, cancelled: summary.cancelled };
  });
  return { done, cancel: run.cancel };
}

/**
 * The files a cancel interrupted that were stored (or found to be duplicates) anyway: the worker's transaction
 * committed before it was terminated. Terminating a worker aborts a transaction it had not committed, and this read
 * waits for any such transaction to end, so the journal is the truth about each interrupted file.
 */
async function storedBeforeCancel(db: CrosscheckDb, importId: number, paths: string[]): Promise<Map<string, StoredFile>> {
  const out = new Map<string, StoredFile>();
  try {
    const wanted = new Set(paths);
    const lines = await db.importLog.where('importId').equals(importId).filter((l) => wanted.has(l.path) && (l.status === 'stored' || l.status === 'duplicate')).toArray();
    for (const l of lines) {
      const a = l.hash ? await db.articles.where('hash').equals(l.hash).first() : undefined;
      if (!a) continue;
      if (l.status === 'stored') out.set(l.path, { status: 'stored', article: summarize(a) });
      else out.set(l.path, { status: 'duplicate', existing: { id: a.id, title: a.title, path: a.path }, path: l.path });
    }
  } catch {
    /* reported as not imported, as before */
  }
  return out;
}
