/**
 * Untrusted parsing runs outside the main process: each import slot is an Electron `utilityProcess` (its own OS
 * process and V8 heap) running import-host-entry.ts. This module is the Electron-free part: the limits, and an
 * adapter that makes one such process look like the `WorkerLike` the ImportPool routes files to. Main only routes
 * messages (ParseTask out, ParseReply in); file bytes are read by the host process itself.
 *
 * Bounds, per host process:
 * - time: the pool's per-file budget; when it runs out the pool calls terminate(), which kills the process, and the
 *   next file gets a fresh one (kill + respawn);
 * - V8 heap: `--max-old-space-size` in the process's execArgv; V8 aborts the process when it is exceeded;
 * - whole-process memory (heap plus ArrayBuffers, which the heap limit does not count, e.g. an inflating zip):
 *   main samples the process's memory from outside (`app.getAppMetrics()`) and kills it above `processMemoryMb`.
 * Either memory bound costs only the file being parsed, with one plain line.
 */
import { EventEmitter } from 'node:events';
import type { WorkerLike } from './import-pool.js';
import type { ParseReply, ParseTask } from './parse-task.js';

export interface HostLimits {
  /** Per-file time budget; the pool terminates (kills) the host that exceeds it. */
  timeBudgetMs: number;
  /** V8 old-space limit of each host process (`--max-old-space-size`). */
  heapMb: number;
  /** Whole-process memory ceiling, checked by sampling from main. */
  processMemoryMb: number;
  /** How often main samples each host's memory. */
  sampleEveryMs: number;
}

/**
 * Defaults: 30 s per file (issue 9), and at most two hosts (index.ts), so two hosts at their ceilings stay near 1.3 GB
 * and the app's peak stays under 1.5 GB beside main and the renderer. A real 50 MB PDF parses in well under 512 MB heap.
 */
export const DEFAULT_HOST_LIMITS: Readonly<HostLimits> = {
  timeBudgetMs: 30_000,
  heapMb: 512,
  processMemoryMb: 640,
  sampleEveryMs: 200,
};

/** Arguments for the host's V8/Node (Electron passes execArgv to the utility process's Node). */
export function hostExecArgv(limits: Pick<HostLimits, 'heapMb'>): string[] {
  return [`--max-old-space-size=${Math.max(16, Math.floor(limits.heapMb))}`];
}

/** The part of Electron's UtilityProcess the adapter relies on (tests pass fakes or Node child processes). */
export interface HostProcess {
  readonly pid?: number | undefined;
  postMessage(message: ParseTask): void;
  kill(): boolean;
  on(event: 'spawn', listener: () => void): unknown;
  on(event: 'message', listener: (message: ParseReply) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  on(event: 'error', listener: (type: string, location: string) => void): unknown;
}

export interface HostWorkerOptions {
  limits?: Partial<HostLimits>;
  /** Resident memory of a process in MB, or undefined when unknown (main: from app.getAppMetrics()). */
  sampleMemoryMb?: (pid: number) => number | undefined;
}

/** An error whose message is already the user-facing line (the pool shows it as it is). */
export class ParserStopped extends Error {
  readonly plain = true;
}

/**
 * One host process as a WorkerLike. Messages posted before the process has spawned are held and sent on `spawn`.
 * Events: `message` (a ParseReply), `error` (a ParserStopped with the reason) followed by nothing else, or `exit`.
 */
export class HostWorker extends EventEmitter implements WorkerLike {
  readonly #process: HostProcess;
  readonly #limits: HostLimits;
  #spawned = false;
  #held: ParseTask[] = [];
  #exited: number | null = null;
  #terminating: Promise<number> | null = null;
  #reason: string | null = null;
  #fatal: string | null = null;
  #sampler: ReturnType<typeof setInterval> | null = null;

  constructor(process: HostProcess, options: HostWorkerOptions = {}) {
    super();
    this.#process = process;
    this.#limits = { ...DEFAULT_HOST_LIMITS, ...options.limits };
    process.on('spawn', () => {
      this.#spawned = true;
      for (const task of this.#held.splice(0)) process.postMessage(task);
    });
    process.on('message', (reply: ParseReply) => this.emit('message', reply));
    // Electron emits `error` (FatalError, e.g. V8 out of memory) and then `exit`; report once, on exit.
    process.on('error', (type: string, location: string) => {
      this.#fatal = `${type}${location ? ` at ${location}` : ''}`;
    });
    process.on('exit', (code: number) => this.#onExit(code));
    const sample = options.sampleMemoryMb;
    if (sample) {
      this.#sampler = setInterval(() => this.#check(sample), this.#limits.sampleEveryMs);
      this.#sampler.unref?.();
    }
  }

  postMessage(task: ParseTask): void {
    if (this.#exited !== null) return;
    if (this.#spawned) this.#process.postMessage(task);
    else this.#held.push(task);
  }

  /** Kills the process; resolves with its exit code once it is gone. No `exit`/`error` event follows. */
  terminate(): Promise<number> {
    if (this.#exited !== null) return Promise.resolve(this.#exited);
    this.#terminating ??= new Promise<number>((resolve) => {
      this.once('gone', resolve);
      this.#process.kill();
    });
    return this.#terminating;
  }

  #check(sample: (pid: number) => number | undefined): void {
    const pid = this.#process.pid;
    if (pid === undefined || this.#exited !== null || this.#reason !== null) return;
    const mb = sample(pid);
    if (mb !== undefined && mb > this.#limits.processMemoryMb) {
      this.#reason = `needed more than ${this.#limits.processMemoryMb} MB of memory to parse; not imported`;
      this.#process.kill();
    }
  }

  #onExit(code: number): void {
    if (this.#exited !== null) return;
    this.#exited = code;
    if (this.#sampler) clearInterval(this.#sampler);
    this.#held = [];
    this.emit('gone', code);
    if (this.#terminating) return;
    if (this.#reason) this.emit('error', new ParserStopped(this.#reason));
    else if (this.#fatal !== null || isOutOfMemoryExit(code)) {
      this.emit('error', new ParserStopped(`ran out of memory while parsing (limit ${this.#limits.heapMb} MB); not imported`));
    } else this.emit('exit', code);
  }
}

/**
 * How V8's heap-limit abort shows as an exit code: SIGABRT/SIGTRAP as 128 + signal or the raw signal number on
 * POSIX, and 0x80000003 / 0xC0000409 / 0xE0000008 on Windows. Node reports a heap OOM with `FATAL ERROR` and abort().
 */
export function isOutOfMemoryExit(code: number): boolean {
  return [134, 133, 6, 5, -6, -5, 0x80000003, 0xc0000409, 0xe0000008, -2147483645, -1073740791].includes(code);
}
