/**
 * A pool of parser workers for untrusted files, host-neutral: the host supplies a factory that starts one worker
 * (Node worker_threads with resourceLimits, a browser Worker, an Electron utilityProcess ...) and the pool does the
 * rest: at most `workers` files at a time, a per-file time budget enforced by terminating that file's worker (the
 * only way to stop a parser stuck in a regex or a library loop), a memory ceiling passed to the factory and reported
 * in one line when the host says the worker ran out of it, a fresh worker after any kill or crash, and a cancel that
 * terminates the files being parsed at once.
 *
 * Each file ends with exactly one outcome through `onOutcome`, except files stopped by cancel, which are listed in
 * the run's summary (`interrupted`, `notStarted`) so the caller can say what was and was not imported.
 */
import type { ImportOutcome } from '../model/index.js';

/** What a worker tells the pool. Hosts call these from their message/exit handlers. */
export interface PoolWorkerEvents {
  /**
   * Optional: the worker has begun task `id` (its start-up, e.g. loading modules, is over). The time budget is
   * counted from here; before it, a cold worker gets `startupGraceMs` on top.
   */
  started?(id: number): void;
  /** The answer for task `id`. */
  result(id: number, outcome: ImportOutcome): void;
  /** The worker died. `outOfMemory` when the host knows the heap ceiling was hit (Node: ERR_WORKER_OUT_OF_MEMORY). */
  exit(info: { outOfMemory?: boolean; message?: string }): void;
}

export interface PoolWorker<T> {
  /** Starts one task; the worker answers with events.result(id, ...). */
  send(id: number, task: T): void;
  /** Stops the worker now (no more events are expected from it). */
  terminate(): void;
}

export interface WorkerSettings {
  /** Heap ceiling for the worker in MB, for hosts that can enforce one. */
  memoryLimitMb: number;
}

export type WorkerFactory<T> = (events: PoolWorkerEvents, settings: WorkerSettings) => PoolWorker<T>;

/** Timers, injectable for tests; by default the host's setTimeout/clearTimeout (core has no DOM or Node types). */
export interface PoolTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface WorkerPoolOptions {
  /** Files parsed at once (default 1). */
  workers?: number;
  /** Per-file time budget in ms (default 30,000). */
  timeBudgetMs?: number;
  /** Heap ceiling per worker in MB (default 512). */
  memoryLimitMb?: number;
  /** Extra time a worker that has not reported `started` yet may take to boot (default 60,000). */
  startupGraceMs?: number;
  /**
   * Files sent to a worker ahead of the one it is parsing (default 0), so it can read the next file's bytes while it
   * parses the current one instead of idling between files. The worker must parse its files one at a time in the
   * order sent and report `started` as it begins each; a file's time budget runs from the moment the file before it
   * is answered (reset at its `started`). When a worker is terminated or dies, the files queued on it go back to the
   * front of the queue (they were not being parsed); on cancel they are listed as not started.
   */
  lookahead?: number;
  timers?: PoolTimers;
}

export const DEFAULT_TIME_BUDGET_MS = 30_000;
export const DEFAULT_MEMORY_LIMIT_MB = 512;

export const POOL_MESSAGES = {
  time: (ms: number) => `took longer than ${formatSeconds(ms)} to parse; not imported`,
  memory: (mb: number) => `needed more than ${mb} MB of memory to parse; not imported`,
  crash: (detail?: string) => `parser stopped unexpectedly${detail ? ` (${detail})` : ''}; not imported`,
} as const;

const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(2))} s`;

export interface PoolRunSummary {
  /** Outcomes delivered. */
  completed: number;
  cancelled: boolean;
  /** Tasks being parsed when cancel came (their workers were terminated). */
  interrupted: string[];
  /** Tasks never started because of cancel. */
  notStarted: string[];
}

export interface PoolRun {
  done: Promise<PoolRunSummary>;
  /** Stops at once: running files' workers are terminated, queued files are dropped. */
  cancel(): void;
}

interface Slot<T> {
  worker: PoolWorker<T> | null;
  /** The file the worker is parsing (or will parse next, once its `started` arrives). */
  task: { id: number; item: T; timer: unknown } | null;
  /** Files sent ahead to the same worker (lookahead), in order. */
  queued: { id: number; item: T }[];
  /** The current worker has reported `started` at least once (it is warm). */
  warm: boolean;
}

function defaultTimers(): PoolTimers {
  const g = globalThis as unknown as { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(h: unknown): void };
  return { set: (fn, ms) => g.setTimeout(fn, ms), clear: (h) => g.clearTimeout(h) };
}

/** Runs tasks (anything with a `path`) through workers made by `factory`. One run at a time per pool. */
export class WorkerPool<T extends { path: string }> {
  readonly #factory: WorkerFactory<T>;
  readonly #timers: PoolTimers;
  readonly #budget: number;
  readonly #memory: number;
  readonly #grace: number;
  readonly #lookahead: number;
  readonly #slots: Slot<T>[];
  #nextId = 1;

  constructor(factory: WorkerFactory<T>, options: WorkerPoolOptions = {}) {
    this.#factory = factory;
    this.#timers = options.timers ?? defaultTimers();
    this.#budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    this.#memory = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
    this.#grace = options.startupGraceMs ?? 60_000;
    this.#lookahead = Math.max(0, Math.floor(options.lookahead ?? 0));
    this.#slots = Array.from({ length: Math.max(1, Math.floor(options.workers ?? 1)) }, () => ({ worker: null, task: null, queued: [], warm: false }));
  }

  get size(): number {
    return this.#slots.length;
  }

  run(tasks: Iterable<T>, onOutcome: (outcome: ImportOutcome, task: T) => void): PoolRun {
    const queue = [...tasks];
    let next = 0;
    /** Files taken back from a worker that was terminated or died before it began them: they go first. */
    const retry: T[] = [];
    const remaining = () => retry.length + queue.length - next;
    const take = (): T => retry.shift() ?? queue[next++]!;
    let completed = 0;
    let cancelled = false;
    const interrupted: string[] = [];
    let finish!: (s: PoolRunSummary) => void;
    const done = new Promise<PoolRunSummary>((resolve) => (finish = resolve));
    let finished = false;

    const settle = () => {
      if (finished) return;
      if ((remaining() === 0 || cancelled) && this.#slots.every((s) => !s.task && !s.queued.length)) {
        finished = true;
        const notStarted = cancelled ? [...retry, ...queue.slice(next)].map((t) => t.path) : [];
        finish({ completed, cancelled, interrupted, notStarted });
      }
    };

    const deliver = (slot: Slot<T>, outcome: ImportOutcome) => {
      const task = slot.task;
      if (!task) return;
      this.#timers.clear(task.timer);
      slot.task = null;
      // The next file sent ahead becomes current: its budget runs from now (its read is part of it).
      const ahead = slot.worker ? slot.queued.shift() : undefined;
      if (ahead) slot.task = { ...ahead, timer: budgetTimer(slot, ahead.id, this.#budget) };
      completed++;
      try {
        onOutcome(outcome, task.item);
      } catch {
        /* a host callback error must not stop the run */
      }
      pump();
    };

    const fail = (slot: Slot<T>, message: string) => {
      if (slot.task) deliver(slot, { ok: false, failure: { path: slot.task.item.path, message } });
    };

    /** Files queued on a worker that is going away were not begun: back to the front of the queue. */
    const requeue = (slot: Slot<T>) => {
      retry.unshift(...slot.queued.map((q) => q.item));
      slot.queued = [];
    };

    const kill = (slot: Slot<T>) => {
      const w = slot.worker;
      slot.worker = null;
      requeue(slot);
      try {
        w?.terminate();
      } catch {
        /* already gone */
      }
    };

    const spawn = (slot: Slot<T>): PoolWorker<T> => {
      let alive = true;
      const worker = this.#factory(
        {
          started: (id) => {
            if (!alive || slot.worker !== worker || slot.task?.id !== id) return;
            slot.warm = true;
            this.#timers.clear(slot.task.timer);
            slot.task.timer = budgetTimer(slot, id, this.#budget);
          },
          result: (id, outcome) => {
            if (alive && slot.worker === worker && slot.task?.id === id) deliver(slot, outcome);
          },
          exit: (info) => {
            if (!alive || slot.worker !== worker) return;
            alive = false;
            slot.worker = null;
            requeue(slot);
            fail(slot, info.outOfMemory ? POOL_MESSAGES.memory(this.#memory) : POOL_MESSAGES.crash(info.message));
          },
        },
        { memoryLimitMb: this.#memory },
      );
      slot.worker = worker;
      slot.warm = false;
      return worker;
    };

    const budgetTimer = (slot: Slot<T>, id: number, ms: number) =>
      this.#timers.set(() => {
        if (slot.task?.id !== id) return;
        kill(slot);
        fail(slot, POOL_MESSAGES.time(this.#budget));
      }, ms);

    const start = (slot: Slot<T>, item: T) => {
      const id = this.#nextId++;
      if (slot.task && slot.worker) {
        // Sent ahead: no budget until the file before it is answered.
        slot.queued.push({ id, item });
        try {
          slot.worker.send(id, item);
        } catch {
          slot.queued.pop();
          retry.unshift(item);
        }
        return;
      }
      const warm = slot.worker !== null && slot.warm;
      slot.task = { id, item, timer: budgetTimer(slot, id, warm ? this.#budget : this.#budget + this.#grace) };
      try {
        (slot.worker ?? spawn(slot)).send(id, item);
      } catch (e) {
        kill(slot);
        fail(slot, POOL_MESSAGES.crash(e instanceof Error ? e.message : String(e)));
      }
    };

    const pump = () => {
      for (const slot of this.#slots) {
        if (cancelled || remaining() === 0) break;
        if (!slot.task) start(slot, take());
      }
      // Then the files sent ahead, one round at a time so every worker gets its share.
      for (let depth = 1; depth <= this.#lookahead; depth++) {
        for (const slot of this.#slots) {
          if (cancelled || remaining() === 0) break;
          if (slot.task && slot.worker && slot.queued.length < depth) start(slot, take());
        }
      }
      settle();
    };

    const cancel = () => {
      if (cancelled || finished) return;
      cancelled = true;
      for (const slot of this.#slots) {
        if (!slot.task) continue;
        this.#timers.clear(slot.task.timer);
        interrupted.push(slot.task.item.path);
        slot.task = null;
        kill(slot);
      }
      for (const slot of this.#slots) requeue(slot);
      settle();
    };

    pump();
    return { done, cancel };
  }

  /** Terminates idle workers (call when the host is done importing). */
  close(): void {
    for (const slot of this.#slots) {
      if (slot.task) continue;
      try {
        slot.worker?.terminate();
      } catch {
        /* ignore */
      }
      slot.worker = null;
    }
  }
}
