/**
 * A small pool of parser workers shared by every import in the app. In the app each worker is a host process
 * (import-host.ts: an Electron utilityProcess), so hostile files are parsed outside the main process's heap and
 * event loop; the pool only routes tasks and replies. At most `size` files at a time, in path order. A worker that
 * crashes, runs out of memory or overruns the per-file time budget costs only its current file: it is killed,
 * the file reported as failed with one line, and a fresh worker takes the next file.
 */
import type { ImportEvent, ImportSummary } from '../preload/contract.js';
import { DEFAULT_MAX_BYTES } from '../core/model/index.js';
import type { ParseReply, ParseTask } from './parse-task.js';
import type { SourceEntry } from './read-files.js';

/** What the pool needs from a worker: HostWorker in the app; tests pass fakes. */
export interface WorkerLike {
  postMessage(task: ParseTask): void;
  on(event: 'message', listener: (reply: ParseReply) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'exit', listener: (exitCode: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface PoolOptions {
  size?: number;
  /** Per-file time budget: a file that takes longer is abandoned and its worker terminated (default 30 s). */
  timeoutMs?: number;
  maxBytes?: number;
}

export interface ImportJob {
  done: Promise<ImportSummary>;
  /** Files not yet started are dropped, and files being parsed are stopped at once (their workers killed). */
  cancel(): void;
}

interface Job {
  onEvent: (event: ImportEvent) => void;
  filesTotal: number;
  bytesTotal: number;
  filesDone: number;
  bytesDone: number;
  parsed: number;
  failed: number;
  inFlight: Set<string>;
  queued: number;
  cancelled: boolean;
  finish: (summary: ImportSummary) => void;
}

interface Queued {
  job: Job;
  file: SourceEntry;
}

interface Slot {
  worker: WorkerLike | null;
  task: { id: number; item: Queued; timer: ReturnType<typeof setTimeout> } | null;
}

export class ImportPool {
  readonly #spawn: () => WorkerLike;
  readonly #slots: Slot[];
  readonly #timeoutMs: number;
  readonly #maxBytes: number;
  #queue: Queued[] = [];
  #nextId = 1;
  #closed = false;

  constructor(spawn: () => WorkerLike, options: PoolOptions = {}) {
    this.#spawn = spawn;
    this.#slots = Array.from({ length: Math.max(1, options.size ?? 2) }, () => ({ worker: null, task: null }));
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  run(files: readonly SourceEntry[], onEvent: (event: ImportEvent) => void): ImportJob {
    let finish!: (summary: ImportSummary) => void;
    const done = new Promise<ImportSummary>((resolve) => (finish = resolve));
    const job: Job = {
      onEvent,
      filesTotal: files.length,
      bytesTotal: files.reduce((sum, f) => sum + f.size, 0),
      filesDone: 0,
      bytesDone: 0,
      parsed: 0,
      failed: 0,
      inFlight: new Set(),
      queued: files.length,
      cancelled: false,
      finish,
    };
    progress(job);
    if (this.#closed) job.cancelled = true;
    else this.#queue.push(...files.map((file) => ({ job, file })));
    if (job.cancelled) job.queued = 0;
    this.#settle(job);
    this.#pump();
    return {
      done,
      cancel: () => {
        if (job.cancelled) return;
        job.cancelled = true;
        this.#queue = this.#queue.filter((q) => q.job !== job);
        job.queued = 0;
        for (const slot of this.#slots) {
          if (slot.task?.item.job === job) this.#stop(slot);
        }
        this.#settle(job);
        this.#pump();
      },
    };
  }

  /** Terminates every worker; running jobs end as cancelled. */
  async close(): Promise<void> {
    this.#closed = true;
    const jobs = new Set([...this.#queue, ...this.#slots.flatMap((s) => (s.task ? [s.task.item] : []))].map((q) => q.job));
    this.#queue = [];
    for (const job of jobs) {
      job.cancelled = true;
      job.queued = 0;
    }
    await Promise.all(
      this.#slots.map(async (slot) => {
        const worker = slot.worker;
        slot.worker = null;
        if (slot.task) this.#complete(slot, failure(slot.task.item, 'import stopped: the app is closing'));
        await worker?.terminate();
      }),
    );
    for (const job of jobs) this.#settle(job);
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (this.#closed || this.#queue.length === 0) return;
      if (slot.task) continue;
      const item = this.#queue.shift()!;
      item.job.queued--;
      this.#start(slot, item);
    }
  }

  #start(slot: Slot, item: Queued): void {
    const worker = slot.worker ?? this.#attach(slot);
    const id = this.#nextId++;
    const timer = setTimeout(() => this.#abandon(slot, id, `took longer than ${Math.round(this.#timeoutMs / 1000)} s to parse; skipped`), this.#timeoutMs);
    slot.task = { id, item, timer };
    item.job.inFlight.add(item.file.path);
    progress(item.job, item.file.path);
    worker.postMessage({ id, path: item.file.path, name: item.file.name, maxBytes: this.#maxBytes });
  }

  #attach(slot: Slot): WorkerLike {
    const worker = this.#spawn();
    slot.worker = worker;
    worker.on('message', (reply: ParseReply) => {
      if (slot.worker === worker && slot.task?.id === reply.id) this.#complete(slot, reply.outcome);
    });
    worker.on('error', (err: Error) => this.#lost(slot, worker, (err as { plain?: boolean }).plain ? err.message : `parser crashed: ${err.message}`));
    worker.on('exit', (code: number) => this.#lost(slot, worker, `parser stopped unexpectedly (exit code ${code})`));
    return worker;
  }

  /** A worker died under a task: report that file, forget the worker (a fresh one is spawned on demand). */
  #lost(slot: Slot, worker: WorkerLike, message: string): void {
    if (slot.worker !== worker) return;
    slot.worker = null;
    if (slot.task) this.#complete(slot, failure(slot.task.item, message));
  }

  #abandon(slot: Slot, id: number, message: string): void {
    if (slot.task?.id !== id) return;
    const worker = slot.worker;
    slot.worker = null;
    void worker?.terminate();
    this.#complete(slot, failure(slot.task.item, message));
  }

  /** Cancel: kill the worker under a file of a cancelled job; the file is dropped without an outcome. */
  #stop(slot: Slot): void {
    const task = slot.task!;
    clearTimeout(task.timer);
    slot.task = null;
    const worker = slot.worker;
    slot.worker = null;
    void worker?.terminate();
    task.item.job.inFlight.delete(task.item.file.path);
  }

  #complete(slot: Slot, outcome: ParseReply['outcome']): void {
    const task = slot.task!;
    clearTimeout(task.timer);
    slot.task = null;
    const { job, file } = task.item;
    job.inFlight.delete(file.path);
    if (outcome.ok) {
      job.parsed++;
      job.onEvent({ type: 'article', article: outcome.article });
    } else {
      job.failed++;
      job.onEvent({ type: 'failure', failure: outcome.failure });
    }
    job.filesDone++;
    job.bytesDone += file.size;
    progress(job, [...job.inFlight].at(-1) ?? null);
    this.#settle(job);
    this.#pump();
  }

  #settle(job: Job): void {
    if (job.queued === 0 && job.inFlight.size === 0) {
      job.finish({ parsed: job.parsed, failed: job.failed, cancelled: job.cancelled });
    }
  }
}

function progress(job: Job, current: string | null = null): void {
  const { filesDone, filesTotal, bytesDone, bytesTotal } = job;
  job.onEvent({ type: 'progress', progress: { filesDone, filesTotal, bytesDone, bytesTotal, current } });
}

function failure(item: Queued, message: string): ParseReply['outcome'] {
  return { ok: false, failure: { path: item.file.path, message } };
}
