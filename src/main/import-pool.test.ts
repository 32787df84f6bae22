import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Article } from '../core/model/index.js';
import type { ImportEvent } from '../preload/contract.js';
import { ImportPool } from './import-pool.js';
import type { ParseTask } from './parse-task.js';
import type { SourceEntry } from './read-files.js';

/** A stand-in worker: the file name says what it does (ok-*, fail-*, crash-*, exit-*, hang-*). */
class FakeWorker extends EventEmitter {
  terminated = false;
  constructor(private readonly world: FakeWorld) {
    super();
  }
  postMessage(task: ParseTask): void {
    const w = this.world;
    w.started.push(task.name);
    w.active++;
    w.maxActive = Math.max(w.maxActive, w.active);
    const end = () => w.active--;
    setImmediate(() => {
      if (this.terminated) return end();
      const kind = task.name.split('-')[0];
      if (kind === 'hang') return; // ended by terminate()
      end();
      if (kind === 'crash') this.emit('error', new Error('out of memory'));
      else if (kind === 'exit') this.emit('exit', 1);
      else if (kind === 'fail') this.emit('message', { id: task.id, outcome: { ok: false, failure: { path: task.path, message: 'corrupt PDF' } } });
      else this.emit('message', { id: task.id, outcome: { ok: true, article: article(task.name) } });
    });
  }
  async terminate(): Promise<number> {
    if (!this.terminated && this.world.started.at(-1)?.startsWith('hang')) this.world.active--;
    this.terminated = true;
    return 1;
  }
}

interface FakeWorld {
  started: string[];
  spawned: FakeWorker[];
  active: number;
  maxActive: number;
}

function fakePool(size: number, timeoutMs?: number) {
  const world: FakeWorld = { started: [], spawned: [], active: 0, maxActive: 0 };
  const pool = new ImportPool(
    () => {
      const w = new FakeWorker(world);
      world.spawned.push(w);
      return w;
    },
    { size, timeoutMs },
  );
  return { pool, world };
}

function article(name: string): Article {
  return { id: name, hash: name, fileName: name, path: `/in/${name}`, format: 'txt', title: name, outlet: null, author: null,
    published: null, language: null, paragraphs: ['x'], text: 'x', words: 1, importedAt: '2024-01-01T00:00:00Z', bytes: 1,
    encoding: 'utf-8', removed: [] };
}

const entries = (...names: string[]): SourceEntry[] => names.map((name) => ({ path: `/in/${name}`, name, size: 10 }));

function collect() {
  const events: ImportEvent[] = [];
  const onEvent = (e: ImportEvent) => events.push(e);
  const outcomes = () => events.filter((e) => e.type !== 'progress');
  const lines = () => outcomes().map((e) => (e.type === 'article' ? `ok ${e.article.fileName}` : e.type === 'failure' ? `fail ${e.failure.path}: ${e.failure.message}` : ''));
  return { events, onEvent, outcomes, lines };
}

describe('ImportPool', () => {
  it('parses every file, at most `size` at once, with progress from 0 to all', async () => {
    const { pool, world } = fakePool(2);
    const sink = collect();
    const summary = await pool.run(entries('ok-1', 'ok-2', 'fail-3', 'ok-4', 'ok-5'), sink.onEvent).done;
    expect(summary).toEqual({ parsed: 4, failed: 1, cancelled: false });
    expect(world.maxActive).toBe(2);
    expect(world.started).toEqual(['ok-1', 'ok-2', 'fail-3', 'ok-4', 'ok-5']);
    expect(sink.lines()).toContain('fail /in/fail-3: corrupt PDF');
    const progress = sink.events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []));
    expect(progress[0]).toEqual({ filesDone: 0, filesTotal: 5, bytesDone: 0, bytesTotal: 50, current: null });
    expect(progress.at(-1)).toEqual({ filesDone: 5, filesTotal: 5, bytesDone: 50, bytesTotal: 50, current: null });
    expect(progress.some((p) => p.current === '/in/ok-4')).toBe(true);
    await pool.close();
  });

  it('reuses its workers across imports', async () => {
    const { pool, world } = fakePool(2);
    await pool.run(entries('ok-1', 'ok-2', 'ok-3'), () => {}).done;
    await pool.run(entries('ok-4', 'ok-5'), () => {}).done;
    expect(world.spawned).toHaveLength(2);
    await pool.close();
  });

  it('cancel keeps what was parsed and starts nothing new', async () => {
    const { pool, world } = fakePool(1);
    const sink = collect();
    const job = pool.run(entries('ok-1', 'ok-2', 'ok-3', 'ok-4'), (e) => {
      sink.onEvent(e);
      if (e.type === 'article') job.cancel();
    });
    const summary = await job.done;
    expect(summary).toEqual({ parsed: 1, failed: 0, cancelled: true });
    expect(world.started).toEqual(['ok-1']);
    await pool.close();
  });

  it('a crashed or exited worker costs only its file, and a fresh worker takes over', async () => {
    const { pool, world } = fakePool(1);
    const sink = collect();
    const summary = await pool.run(entries('crash-1', 'ok-2', 'exit-3', 'ok-4'), sink.onEvent).done;
    expect(summary).toEqual({ parsed: 2, failed: 2, cancelled: false });
    expect(sink.lines()).toEqual([
      'fail /in/crash-1: parser crashed: out of memory',
      'ok ok-2',
      'fail /in/exit-3: parser stopped unexpectedly (exit code 1)',
      'ok ok-4',
    ]);
    expect(world.spawned).toHaveLength(3);
    await pool.close();
  });

  it('abandons a file that never finishes and terminates its worker', async () => {
    const { pool, world } = fakePool(1, 30);
    const sink = collect();
    const summary = await pool.run(entries('hang-1', 'ok-2'), sink.onEvent).done;
    expect(summary).toEqual({ parsed: 1, failed: 1, cancelled: false });
    expect(sink.lines()[0]).toBe('fail /in/hang-1: took longer than 0 s to parse; skipped');
    expect(world.spawned[0]!.terminated).toBe(true);
    await pool.close();
  });

  it('keeps concurrent imports apart', async () => {
    const { pool } = fakePool(2);
    const a = collect();
    const b = collect();
    const [sa, sb] = await Promise.all([
      pool.run(entries('ok-a1', 'ok-a2', 'fail-a3'), a.onEvent).done,
      pool.run(entries('ok-b1'), b.onEvent).done,
    ]);
    expect(sa).toEqual({ parsed: 2, failed: 1, cancelled: false });
    expect(sb).toEqual({ parsed: 1, failed: 0, cancelled: false });
    expect(a.lines().every((l) => l.includes('-a'))).toBe(true);
    expect(b.lines()).toEqual(['ok ok-b1']);
    await pool.close();
  });

  it('finishes an empty import at once', async () => {
    const { pool, world } = fakePool(2);
    expect(await pool.run([], () => {}).done).toEqual({ parsed: 0, failed: 0, cancelled: false });
    expect(world.spawned).toHaveLength(0);
  });

  it('close ends running imports as cancelled and terminates the workers', async () => {
    const { pool, world } = fakePool(1, 60_000);
    const job = pool.run(entries('hang-1', 'ok-2'), () => {});
    await new Promise((r) => setImmediate(r));
    await pool.close();
    expect(await job.done).toEqual({ parsed: 0, failed: 1, cancelled: true });
    expect(world.spawned.every((w) => w.terminated)).toBe(true);
    expect(await pool.run(entries('ok-3'), () => {}).done).toMatchObject({ cancelled: true, parsed: 0 });
  });
});
