/**
 * The web build's import: core's WorkerPool over module Web Workers, as many as the machine has cores
 * (navigator.hardwareConcurrency, at most one per file). A file over the time budget has its worker terminated;
 * cancel terminates the files being parsed at once. Browsers have no per-Worker heap ceiling, so memory is bounded by
 * core's limits (DOCX expansion, depth, text size) and the time budget.
 */
import type { ImportEvent, ImportSummary } from '../../../../preload/contract.js';
import { DEFAULT_TIME_BUDGET_MS, WorkerPool, type PoolRun, type WorkerFactory } from '../../../../core/import/index.js';
import { sumSizesInChunks } from '../bridge/source-files.js';
import { fromWire, IMPORT_CHANNEL, type FromWorker, type ToWorker, type WebTask } from './worker-protocol.js';

export const CANCELLED_WHILE_PARSING = 'import cancelled while this file was being parsed; not imported';

const newParseWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });

/**
 * Parse workers started while the user is still in the picker (decision 0039): loading and compiling the parsers'
 * modules takes each worker a good part of a second, which otherwise comes after the pick. The next import takes them;
 * `discardWarm` ends them when the pick is cancelled.
 */
const warm: Worker[] = [];

export function prewarm(workers = workerCount(Infinity)): void {
  while (warm.length < workers) warm.push(newParseWorker());
}

export function discardWarm(): void {
  for (const w of warm.splice(0)) w.terminate();
}

export const webWorkerFactory: WorkerFactory<WebTask> = (events) => {
  const worker = warm.pop() ?? newParseWorker();
  worker.onmessage = (e: MessageEvent<FromWorker | undefined>) => {
    const msg = e.data;
    if (msg?.channel !== IMPORT_CHANNEL) return; // pdf.js chatter, see worker-protocol.ts
    if (msg.type === 'started') events.started?.(msg.id);
    else {
      events.result(msg.id, fromWire(msg.outcome));
      if (msg.next !== undefined) events.started?.(msg.next);
    }
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

/**
 * Files sent to each worker ahead of the one it parses (decision 0045): a worker reads their bytes (File.arrayBuffer,
 * a round trip through the browser process) while it parses, instead of idling for each read and each reply.
 * Sixteen, read in batches of eight (decision 0086; was 8 and 4, 0048): a worker's time waiting for bytes per 500
 * files fell from 1.2–1.7 s to 0.65–0.95 s in a loaded run.
 */
export const READ_AHEAD = 16;

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
  options: { timeBudgetMs?: number; factory?: WorkerFactory<WebTask>; workers?: number; lookahead?: number } = {},
): WebImport {
  const filesTotal = tasks.length;
  // Unknown (0: the bar counts files) until the sizes, read in slices while the first files are parsed, are in
  // (decision 0058). A file's size is known to the page once it has been posted to a worker, so bytesDone is cheap.
  let bytesTotal = 0;
  let ended = false;
  let filesDone = 0;
  let bytesDone = 0;
  let parsed = 0;
  let failed = 0;
  const inFlight = new Set<string>();
  const progress = (current: string | null) => onEvent({ type: 'progress', progress: { filesDone, filesTotal, bytesDone, bytesTotal, current } });
  const base = options.factory ?? webWorkerFactory;
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
  void sumSizesInChunks(tasks.map((t) => t.file), {}, () => ended).then((total) => {
    if (total === null || ended) return;
    bytesTotal = total;
    progress([...inFlight].at(-1) ?? null);
  });
  const run: PoolRun = pool.run(tasks, (outcome, task) => {
    inFlight.delete(task.path);
    if (outcome.ok) {
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
  const done = run.done.then((summary) => {
    ended = true;
    pool.close();
    discardWarm(); // any the pool did not need (fewer files than cores)
    // Files stopped by cancel are named, so the report says what was not imported.
    for (const path of summary.interrupted) {
      failed++;
      onEvent({ type: 'failure', failure: { path, message: CANCELLED_WHILE_PARSING } });
    }
    return { parsed, failed, cancelled: summary.cancelled };
  });
  return { done, cancel: run.cancel };
}
