import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../model/index.js';
import { POOL_MESSAGES, WorkerPool, type PoolTimers, type PoolWorkerEvents, type WorkerFactory } from './pool.js';

/** Manual clock: timers fire only when the test advances time. */
function manualTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: PoolTimers = {
    set: (fn, ms) => (pending.set(++seq, { at: now + ms, fn }), seq),
    clear: (h) => void pending.delete(h as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [k, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now && pending.has(k)) {
        pending.delete(k);
        t.fn();
      }
    }
  };
  return { timers, advance };
}

interface Task { path: string; mode: 'ok' | 'hang' | 'oom' | 'crash' }

/** Fake workers: answer 'ok' tasks on the next microtask, never answer 'hang', die on 'oom' / 'crash'. */
function fakeFactory() {
  const log = { spawned: 0, terminated: 0, running: 0, maxRunning: 0, memory: [] as number[], started: true };
  const factory: WorkerFactory<Task> = (events: PoolWorkerEvents, settings) => {
    log.spawned++;
    log.memory.push(settings.memoryLimitMb);
    let dead = false;
    return {
      send(id, task) {
        log.running++;
        log.maxRunning = Math.max(log.maxRunning, log.running);
        if (log.started) events.started?.(id);
        queueMicrotask(() => {
          if (dead) return;
          if (task.mode === 'ok') {
            log.running--;
            events.result(id, { ok: false, failure: { path: task.path, message: `parsed ${task.path}` } });
          } else if (task.mode === 'oom' || task.mode === 'crash') {
            log.running--;
            dead = true;
            events.exit({ outOfMemory: task.mode === 'oom', message: 'exit code 1' });
          }
        });
      },
      terminate() {
        if (!dead) log.running = Math.max(0, log.running - 1);
        dead = true;
        log.terminated++;
      },
    };
  };
  return { factory, log };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const message = (o: ImportOutcome) => (o.ok ? 'ok' : o.failure.message);

describe('WorkerPool', () => {
  it('runs every task with at most `workers` at once, each with one outcome', async () => {
    const { factory, log } = fakeFactory();
    const pool = new WorkerPool(factory, { workers: 3, memoryLimitMb: 256 });
    const tasks: Task[] = Array.from({ length: 10 }, (_, i) => ({ path: `f${i}`, mode: 'ok' }));
    const seen: string[] = [];
    const summary = await pool.run(tasks, (o) => seen.push(message(o))).done;
    expect(seen.sort()).toEqual(tasks.map((t) => `parsed ${t.path}`).sort());
    expect(summary).toEqual({ completed: 10, cancelled: false, interrupted: [], notStarted: [] });
    expect(log.maxRunning).toBe(3);
    expect(log.spawned).toBe(3);
    expect(log.memory).toEqual([256, 256, 256]);
  });

  it('terminates a worker over the time budget, reports one line, and the next file gets a fresh worker', async () => {
    const { factory, log } = fakeFactory();
    const { timers, advance } = manualTimers();
    const pool = new WorkerPool(factory, { workers: 1, timeBudgetMs: 30_000, timers });
    const out: string[] = [];
    const run = pool.run([{ path: 'slow', mode: 'hang' }, { path: 'good', mode: 'ok' }], (o, t) => out.push(`${t.path}: ${message(o)}`));
    await flush();
    advance(29_999);
    expect(out).toEqual([]);
    advance(1);
    await flush();
    await run.done;
    expect(out).toEqual(['slow: took longer than 30 s to parse; not imported', 'good: parsed good']);
    expect(log.terminated).toBe(1);
    expect(log.spawned).toBe(2);
  });

  it('a cold worker gets the start-up grace until it reports started', async () => {
    const { factory, log } = fakeFactory();
    log.started = false;
    const { timers, advance } = manualTimers();
    const pool = new WorkerPool(factory, { timeBudgetMs: 1_000, startupGraceMs: 5_000, timers });
    const out: string[] = [];
    const run = pool.run([{ path: 'slow', mode: 'hang' }], (o) => out.push(message(o)));
    advance(1_500);
    expect(out).toEqual([]);
    advance(4_500);
    await run.done;
    expect(out).toEqual([POOL_MESSAGES.time(1_000)]);
  });

  it('reports out-of-memory and crashes as that file\'s line and carries on', async () => {
    const { factory } = fakeFactory();
    const pool = new WorkerPool(factory, { workers: 2, memoryLimitMb: 512 });
    const out = new Map<string, string>();
    await pool.run(
      [{ path: 'bomb', mode: 'oom' }, { path: 'bad', mode: 'crash' }, { path: 'a', mode: 'ok' }, { path: 'b', mode: 'ok' }],
      (o, t) => out.set(t.path, message(o)),
    ).done;
    expect(out.get('bomb')).toBe('needed more than 512 MB of memory to parse; not imported');
    expect(out.get('bad')).toBe('parser stopped unexpectedly (exit code 1); not imported');
    expect(out.get('a')).toBe('parsed a');
    expect(out.get('b')).toBe('parsed b');
  });

  it('cancel terminates the files being parsed at once and lists what was not imported', async () => {
    const { factory, log } = fakeFactory();
    const pool = new WorkerPool(factory, { workers: 2 });
    const out: string[] = [];
    const run = pool.run([{ path: 'h1', mode: 'hang' }, { path: 'h2', mode: 'hang' }, { path: 'q1', mode: 'ok' }, { path: 'q2', mode: 'ok' }], (o) => out.push(message(o)));
    await flush();
    run.cancel();
    const summary = await run.done;
    expect(summary).toEqual({ completed: 0, cancelled: true, interrupted: ['h1', 'h2'], notStarted: ['q1', 'q2'] });
    expect(out).toEqual([]);
    expect(log.terminated).toBe(2);
  });

  it('a throwing outcome callback does not stop the run', async () => {
    const { factory } = fakeFactory();
    const pool = new WorkerPool(factory, { workers: 1 });
    let calls = 0;
    const summary = await pool.run([{ path: 'a', mode: 'ok' }, { path: 'b', mode: 'ok' }], () => {
      calls++;
      throw new Error('host bug');
    }).done;
    expect([calls, summary.completed]).toEqual([2, 2]);
  });

  it('an empty run finishes at once', async () => {
    const { factory, log } = fakeFactory();
    expect(await new WorkerPool(factory).run([], () => {}).done).toEqual({ completed: 0, cancelled: false, interrupted: [], notStarted: [] });
    expect(log.spawned).toBe(0);
  });

  describe('lookahead (files sent ahead to a worker that parses them in order)', () => {
    /** Fake workers that take files in order, one at a time, reporting `started` as each begins. */
    function seqFactory() {
      const log = { spawned: 0, terminated: 0, maxUnanswered: 0, order: [] as string[] };
      const factory: WorkerFactory<Task> = (events) => {
        log.spawned++;
        let dead = false;
        let busy = false;
        const inbox: { id: number; task: Task }[] = [];
        const step = () => {
          if (dead || busy || !inbox.length) return;
          const { id, task } = inbox.shift()!;
          busy = true;
          events.started?.(id);
          log.order.push(task.path);
          queueMicrotask(() => {
            if (dead) return;
            if (task.mode === 'hang') return;
            if (task.mode === 'crash') {
              dead = true;
              events.exit({ message: 'exit code 1' });
              return;
            }
            busy = false;
            events.result(id, { ok: false, failure: { path: task.path, message: `parsed ${task.path}` } });
            step();
          });
        };
        return {
          send(id, task) {
            inbox.push({ id, task });
            log.maxUnanswered = Math.max(log.maxUnanswered, inbox.length + (busy ? 1 : 0));
            step();
          },
          terminate() {
            dead = true;
            log.terminated++;
          },
        };
      };
      return { factory, log };
    }

    it('keeps one file queued per worker and still gives every file one outcome', async () => {
      const { factory, log } = seqFactory();
      const pool = new WorkerPool(factory, { workers: 2, lookahead: 1 });
      const tasks: Task[] = Array.from({ length: 9 }, (_, i) => ({ path: `f${i}`, mode: 'ok' }));
      const seen: string[] = [];
      const summary = await pool.run(tasks, (o) => seen.push(message(o))).done;
      expect(seen.sort()).toEqual(tasks.map((t) => `parsed ${t.path}`).sort());
      expect(summary).toEqual({ completed: 9, cancelled: false, interrupted: [], notStarted: [] });
      expect(log.maxUnanswered).toBe(2);
      expect(log.spawned).toBe(2);
    });

    it('a queued file that hangs is timed out from the moment the file before it was answered', async () => {
      const { factory, log } = seqFactory();
      const { timers, advance } = manualTimers();
      const pool = new WorkerPool(factory, { workers: 1, lookahead: 1, timeBudgetMs: 30_000, timers });
      const out: string[] = [];
      const run = pool.run([{ path: 'a', mode: 'ok' }, { path: 'slow', mode: 'hang' }, { path: 'b', mode: 'ok' }], (o, t) => out.push(`${t.path}: ${message(o)}`));
      await flush();
      advance(29_999);
      expect(out).toEqual(['a: parsed a']);
      advance(1);
      await run.done;
      expect(out).toEqual(['a: parsed a', 'slow: took longer than 30 s to parse; not imported', 'b: parsed b']);
      expect(log.spawned).toBe(2);
    });

    it('files queued on a worker that is terminated or dies go to the next worker, in order', async () => {
      const { factory, log } = seqFactory();
      const { timers, advance } = manualTimers();
      const pool = new WorkerPool(factory, { workers: 1, lookahead: 2, timeBudgetMs: 1_000, timers });
      const out: string[] = [];
      const run = pool.run(
        [{ path: 'hang', mode: 'hang' }, { path: 'a', mode: 'ok' }, { path: 'crash', mode: 'crash' }, { path: 'b', mode: 'ok' }, { path: 'c', mode: 'ok' }],
        (o, t) => out.push(`${t.path}: ${message(o)}`),
      );
      await flush();
      advance(61_000);
      await run.done;
      expect(out).toEqual([
        'hang: took longer than 1 s to parse; not imported',
        'a: parsed a',
        'crash: parser stopped unexpectedly (exit code 1); not imported',
        'b: parsed b',
        'c: parsed c',
      ]);
      expect(log.order).toEqual(['hang', 'a', 'crash', 'b', 'c']);
      expect(log.spawned).toBe(3);
    });

    it('cancel: the file being parsed is interrupted, the files sent ahead are not started', async () => {
      const { factory, log } = seqFactory();
      const pool = new WorkerPool(factory, { workers: 1, lookahead: 2 });
      const out: string[] = [];
      const run = pool.run([{ path: 'h1', mode: 'hang' }, { path: 'q1', mode: 'ok' }, { path: 'q2', mode: 'ok' }, { path: 'q3', mode: 'ok' }], (o) => out.push(message(o)));
      await flush();
      run.cancel();
      expect(await run.done).toEqual({ completed: 0, cancelled: true, interrupted: ['h1'], notStarted: ['q1', 'q2', 'q3'] });
      expect(out).toEqual([]);
      expect(log.terminated).toBe(1);
    });
  });
});
