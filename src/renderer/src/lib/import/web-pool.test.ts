import { describe, expect, it, vi } from 'vitest';
import type { ImportEvent } from '../../../../preload/contract.js';
import type { WorkerFactory } from '../../../../core/import/index.js';
import { IMPORT_CHANNEL, type FromWorker, type WebTask } from './worker-protocol.js';
import { CANCELLED_WHILE_PARSING, discardWarm, prewarm, runWebImport, webWorkerFactory, workerCount } from './web-pool.js';

const task = (path: string, body = 'x') => ({ file: new File([body], path.split('/').pop()!), path });

/** Answers "fast*" files at once, never answers "hang*" files (a parser stuck in a loop). */
const fake: WorkerFactory<WebTask> = (events) => {
  let dead = false;
  return {
    send: (id, t) => {
      events.started?.(id);
      if (t.path.includes('hang')) return;
      queueMicrotask(() => !dead && events.result(id, { ok: false, failure: { path: t.path, message: `seen ${t.path}` } }));
    },
    terminate: () => void (dead = true),
  };
};

describe('runWebImport', () => {
  it('uses one worker per core, never more than files', () => {
    expect(workerCount(100, 8)).toBe(8);
    expect(workerCount(3, 8)).toBe(3);
    expect(workerCount(0, 8)).toBe(1);
  });

  it('streams one outcome per file and progress naming the file started', async () => {
    const events: ImportEvent[] = [];
    const summary = await runWebImport([task('f/a.txt'), task('f/b.txt')], (e) => events.push(e), { factory: fake, workers: 2 }).done;
    expect(summary).toEqual({ parsed: 0, failed: 2, cancelled: false });
    const current = events.flatMap((e) => (e.type === 'progress' && e.progress.current ? [e.progress.current] : []));
    expect(current).toContain('f/a.txt');
    expect(current).toContain('f/b.txt');
    const last = events.filter((e) => e.type === 'progress').at(-1);
    expect(last?.type === 'progress' && last.progress.filesDone).toBe(2);
  });

  it('a file over the time budget is stopped and reported; cancel names the files it stopped', async () => {
    const events: ImportEvent[] = [];
    const over = await runWebImport([task('f/hang.txt'), task('f/ok.txt')], (e) => events.push(e), { factory: fake, workers: 1, timeBudgetMs: 50 }).done;
    expect(over.failed).toBe(2);
    expect(events).toContainEqual({ type: 'failure', failure: { path: 'f/hang.txt', message: 'took longer than 0.05 s to parse; not imported' } });

    const seen: ImportEvent[] = [];
    const run = runWebImport([task('f/hang-1.txt'), task('f/hang-2.txt'), task('f/later.txt')], (e) => seen.push(e), { factory: fake, workers: 2 });
    run.cancel();
    expect(await run.done).toEqual({ parsed: 0, failed: 2, cancelled: true });
    expect(seen.filter((e) => e.type === 'failure').map((e) => e.type === 'failure' && e.failure)).toEqual([
      { path: 'f/hang-1.txt', message: CANCELLED_WHILE_PARSING },
      { path: 'f/hang-2.txt', message: CANCELLED_WHILE_PARSING },
    ]);
  });
});

describe('prewarm (decision 0039)', () => {
  /** Stands in for the browser's Worker: counts constructions and terminations. */
  class FakeWorker {
    static made = 0;
    static all: FakeWorker[] = [];
    terminated = false;
    onmessage: unknown = null;
    onerror: unknown = null;
    constructor() {
      FakeWorker.made++;
      FakeWorker.all.push(this);
    }
    postMessage() {}
    terminate() {
      this.terminated = true;
    }
  }

  it('the next import takes the workers started during the pick; a cancelled pick ends them', () => {
    vi.stubGlobal('Worker', FakeWorker);
    try {
      FakeWorker.made = 0;
      prewarm(2);
      prewarm(2); // a second pick while the first's workers are still warm starts none
      expect(FakeWorker.made).toBe(2);
      const events = { result: () => {}, exit: () => {} };
      const settings = { memoryLimitMb: 512 };
      webWorkerFactory(events, settings);
      webWorkerFactory(events, settings);
      expect(FakeWorker.made).toBe(2);
      webWorkerFactory(events, settings); // none warm left: a new one
      expect(FakeWorker.made).toBe(3);

      prewarm(2);
      const warmed = FakeWorker.all.slice(-2);
      discardWarm();
      expect(warmed.map((w) => w.terminated)).toEqual([true, true]);
      webWorkerFactory(events, settings); // nothing warm after a cancelled pick: a new one
      expect(FakeWorker.made).toBe(6);
    } finally {
      vi.unstubAllGlobals();
      discardWarm();
    }
  });

  it('a result that names the next file reports that file as started, after the result (decision 0086)', () => {
    vi.stubGlobal('Worker', FakeWorker);
    try {
      const seen: string[] = [];
      webWorkerFactory({ result: (id) => seen.push(`result ${id}`), started: (id) => seen.push(`started ${id}`), exit: () => {} }, { memoryLimitMb: 512 });
      const worker = FakeWorker.all.at(-1)! as unknown as { onmessage: (e: { data: FromWorker }) => void };
      const outcome = { ok: false as const, failure: { path: 'f/a.txt', message: 'x' } };
      worker.onmessage({ data: { channel: IMPORT_CHANNEL, type: 'started', id: 1 } });
      worker.onmessage({ data: { channel: IMPORT_CHANNEL, type: 'result', id: 1, outcome, next: 2 } });
      worker.onmessage({ data: { channel: IMPORT_CHANNEL, type: 'result', id: 2, outcome } });
      expect(seen).toEqual(['started 1', 'result 1', 'started 2', 'result 2']);
    } finally {
      vi.unstubAllGlobals();
      discardWarm();
    }
  });
});
