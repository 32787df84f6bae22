/**
 * The web build's import: core's WorkerPool over module Web Workers, as many as the machine has cores
 * (navigator.hardwareConcurrency, at most one per file). A file over the time budget has its worker terminated;
 * cancel terminates the files being parsed at once. Browsers have no per-Worker heap ceiling, so memory is bounded by
 * core's limits (DOCX expansion, depth, text size) and the time budget.
 */
import type { ImportEvent, ImportSummary, StoredOutcome } from '../../../../preload/contract.js';
import { DEFAULT_TIME_BUDGET_MS, WorkerPool, type PoolRun, type WorkerFactory } from '../../../../core/import/index.js';
import type { Article, ImportOutcome } from '../../../../core/model/index.js';
import { fromWire, IMPORT_CHANNEL, type FromStore, type FromWorker, type ToStore, type ToWorker, type WebTask } from './worker-protocol.js';

export const CANCELLED_WHILE_PARSING = 'import cancelled while this file was being parsed; not imported';

/**
 * Outcomes of files whose article went to the store worker: the pool counts them as done, the store worker's own
 * message says what became of the article. (The pool's outcome type always carries an article; these carry a stub.)
 */
const handedOff = new WeakSet<ImportOutcome>();

/** Parse workers; with `storePort`, each hands its articles to the store worker through a port of its own. */
export const webWorkerFactory = (storePort?: () => MessagePort): WorkerFactory<WebTask> => (events) => {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  worker.onmessage = (e: MessageEvent<FromWorker | undefined>) => {
    const msg = e.data;
    if (msg?.channel !== IMPORT_CHANNEL) return; // pdf.js chatter, see worker-protocol.ts
    if (msg.type === 'started') events.started?.(msg.id);
    else if ('handedOff' in msg.outcome) {
      const outcome: ImportOutcome = { ok: true, article: {} as Article };
      handedOff.add(outcome);
      events.result(msg.id, outcome);
    } else events.result(msg.id, fromWire(msg.outcome));
  };
  if (storePort) {
    const port = storePort();
    worker.postMessage({ channel: IMPORT_CHANNEL, type: 'store', port } satisfies ToWorker, [port]);
  }
  worker.onerror = (e) => {
    e.preventDefault();
    events.exit({ message: e.message || 'worker error' });
  };
  return {
    send: (id, task) => worker.postMessage({ channel: IMPORT_CHANNEL, type: 'parse', id, task } satisfies ToWorker),
    terminate: () => worker.terminate(),
  };
};

/**
 * Files sent to each worker ahead of the one it parses (decision 0045): a worker reads their bytes (File.arrayBuffer,
 * a round trip through the browser process) while it parses, instead of idling for each read and each reply. Eight,
 * so that the worker can read them in batches of four while it parses the others (decision 0048).
 */
export const READ_AHEAD = 8;

export function workerCount(files: number, cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return Math.max(1, Math.min(files, cores || 2, 16));
}

/** Where parsed articles are stored when the page does not store them itself (decision 0039). */
export interface StoreLink {
  /** A new port for one parse worker (a worker started after a kill gets its own). */
  port(): MessagePort;
  /** Called with each article's fate as the store reports it. */
  onStored: ((path: string, outcome: StoredOutcome) => void) | null;
  /** Takes no more articles, stores those it has, and resolves once every report is out. */
  close(): Promise<void>;
}

/**
 * The store worker (store.worker.ts) with its own connection to the app's database, writing each article with its
 * journal line for `importId`. If it dies, the articles handed to it and not yet reported fail with one line each.
 */
export function webStore(importId: number | null): StoreLink {
  const worker = new Worker(new URL('./store.worker.ts', import.meta.url), { type: 'module', name: 'import-store' });
  const post = (msg: ToStore, transfer: Transferable[] = []) => worker.postMessage(msg, transfer);
  let closed: (() => void) | null = null;
  let dead = false;
  const link: StoreLink = {
    onStored: null,
    port() {
      const channel = new MessageChannel();
      post({ channel: IMPORT_CHANNEL, type: 'port', port: channel.port2 }, [channel.port2]);
      return channel.port1;
    },
    close() {
      if (dead) return Promise.resolve();
      return new Promise<void>((resolve) => {
        closed = () => {
          worker.terminate();
          resolve();
        };
        post({ channel: IMPORT_CHANNEL, type: 'close' });
      });
    },
  };
  worker.onmessage = (e: MessageEvent<FromStore | undefined>) => {
    const msg = e.data;
    if (msg?.channel !== IMPORT_CHANNEL) return;
    if (msg.type === 'closed') closed?.();
    else for (const r of msg.results) link.onStored?.(r.path, r.outcome);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    dead = true;
    worker.terminate();
    closed?.();
  };
  post({ channel: IMPORT_CHANNEL, type: 'open', importId });
  return link;
}

export interface WebImport {
  done: Promise<ImportSummary>;
  cancel(): void;
}

/** Runs the files through the pool, streaming the contract's events (progress names the file just started). */
export function runWebImport(
  tasks: WebTask[],
  onEvent: (event: ImportEvent) => void,
  options: { timeBudgetMs?: number; factory?: WorkerFactory<WebTask>; workers?: number; lookahead?: number; store?: StoreLink } = {},
): WebImport {
  const filesTotal = tasks.length;
  const bytesTotal = tasks.reduce((s, t) => s + t.file.size, 0);
  let filesDone = 0;
  let bytesDone = 0;
  let parsed = 0;
  let failed = 0;
  const inFlight = new Set<string>();
  const progress = (current: string | null) => onEvent({ type: 'progress', progress: { filesDone, filesTotal, bytesDone, bytesTotal, current } });
  const store = options.store;
  const base = options.factory ?? webWorkerFactory(store && (() => store.port()));
  // Files handed to the store and not yet reported by it (its report can arrive before the parse worker's answer).
  const awaitingStore = new Set<string>();
  const reportedEarly = new Set<string>();
  if (store) {
    store.onStored = (path, outcome) => {
      if (!awaitingStore.delete(path)) reportedEarly.add(path);
      onEvent({ type: 'stored', path, outcome });
    };
  }
  // Wraps the factory to see each start (for progress) without the pool knowing about events. Files are sent ahead
  // of their turn (lookahead), so a file counts as current from its worker's `started`, not from the send.
  const factory: WorkerFactory<WebTask> = (events, settings) => {
    const sent = new Map<number, string>();
    const w = base({
      ...events,
      started: (id) => {
        const path = sent.get(id);
        if (path !== undefined) {
          inFlight.add(path);
          progress(path);
        }
        events.started?.(id);
      },
      result: (id, outcome) => {
        sent.delete(id);
        events.result(id, outcome);
      },
    }, settings);
    return {
      send: (id, task) => {
        sent.set(id, task.path);
        w.send(id, task);
      },
      terminate: () => w.terminate(),
    };
  };
  const pool = new WorkerPool<WebTask>(factory, {
    workers: options.workers ?? workerCount(tasks.length),
    timeBudgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
    lookahead: options.lookahead ?? READ_AHEAD,
  });
  progress(null);
  const run: PoolRun = pool.run(tasks, (outcome, task) => {
    inFlight.delete(task.path);
    if (handedOff.has(outcome)) {
      parsed++;
      if (!reportedEarly.delete(task.path)) awaitingStore.add(task.path);
    } else if (outcome.ok) {
      parsed++;
      onEvent({ type: 'article', article: outcome.article });
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
    if (store) {
      await store.close();
      store.onStored = null;
      // Only if the store worker died: what it was handed and never reported was not saved.
      for (const path of awaitingStore) onEvent({ type: 'stored', path, outcome: { status: 'failed', message: 'the store worker stopped' } });
    }
    // Files stopped by cancel are named, so the report says what was not imported.
    for (const path of summary.interrupted) {
      failed++;
      onEvent({ type: 'failure', failure: { path, message: CANCELLED_WHILE_PARSING } });
    }
    return { parsed, failed, cancelled: summary.cancelled };
  });
  return { done, cancel: run.cancel };
}
