/**
 * The CLI's import: files parsed in worker threads through core's WorkerPool, each worker with a V8 heap ceiling
 * (resourceLimits) and each file with a time budget (its worker terminated when over). Outcomes are put back in
 * path order, so output does not depend on which worker finished first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_BUDGET_MS, WorkerPool, type ImportLimits, type PoolRunSummary, type WorkerFactory,
} from '../core/import/index.js';
import type { Article, ImportFailure, ImportOutcome } from '../core/model/index.js';
import type { CliReply, CliRequest, CliTask } from './import-worker.js';

export interface PoolSettings {
  workers?: number;
  timeBudgetMs?: number;
  memoryLimitMb?: number;
  maxBytes: number;
  limits?: Partial<ImportLimits>;
}

export interface PooledImport {
  articles: Article[];
  duplicates: { path: string; of: string }[];
  failures: ImportFailure[];
  summary: PoolRunSummary;
}

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './import-worker.ts' : './import-worker.js', import.meta.url).href;

/** Node worker_threads as pool workers; the heap ceiling is resourceLimits.maxOldGenerationSizeMb. */
export const nodeWorkerFactory: WorkerFactory<CliTask> = (events, { memoryLimitMb }) => {
  const worker = new Worker(BOOT, {
    workerData: { entry: ENTRY },
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryLimitMb >> 3)) },
  });
  worker.on('message', (reply: CliReply) => ('started' in reply ? events.started?.(reply.id) : events.result(reply.id, reply.outcome)));
  worker.on('error', (err: Error & { code?: string }) => events.exit({ outOfMemory: err.code === 'ERR_WORKER_OUT_OF_MEMORY', message: err.message }));
  worker.on('exit', (code) => events.exit({ message: `exit code ${code}` }));
  return {
    send: (id, task) => worker.postMessage({ id, task } satisfies CliRequest),
    terminate: () => void worker.terminate(),
  };
};

export const defaultWorkers = () => Math.max(1, Math.min(4, availableParallelism()));

/**
 * Imports the files; `onCancel` receives the cancel function (the CLI wires it to Ctrl+C).
 * Same-content files are folded by hash, the first in path order kept.
 */
export async function importWithPool(
  files: readonly { path: string; name: string }[],
  settings: PoolSettings,
  hooks: { onCancel?: (cancel: () => void) => void; factory?: WorkerFactory<CliTask> } = {},
): Promise<PooledImport> {
  const pool = new WorkerPool<CliTask>(hooks.factory ?? nodeWorkerFactory, {
    workers: settings.workers ?? defaultWorkers(),
    timeBudgetMs: settings.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
    memoryLimitMb: settings.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB,
  });
  const tasks: CliTask[] = files.map((f) => ({ path: f.path, name: f.name, maxBytes: settings.maxBytes, limits: settings.limits }));
  const outcomes = new Map<CliTask, ImportOutcome>();
  const run = pool.run(tasks, (outcome, task) => outcomes.set(task, outcome));
  hooks.onCancel?.(run.cancel);
  const summary = await run.done;
  pool.close();
  const articles: Article[] = [];
  const duplicates: { path: string; of: string }[] = [];
  const failures: ImportFailure[] = [];
  const byHash = new Map<string, string>();
  for (const task of tasks) {
    const o = outcomes.get(task);
    if (!o) continue;
    if (!o.ok) failures.push(o.failure);
    else if (byHash.has(o.article.hash)) duplicates.push({ path: o.article.path, of: byHash.get(o.article.hash)! });
    else {
      byHash.set(o.article.hash, o.article.path);
      articles.push(o.article);
    }
  }
  return { articles, duplicates, failures, summary };
}
