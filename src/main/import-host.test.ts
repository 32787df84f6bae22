import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportEvent } from '../preload/contract.js';
import { DEFAULT_HOST_LIMITS, hostExecArgv, HostWorker, isOutOfMemoryExit, type HostProcess } from './import-host.js';
import { ImportPool } from './import-pool.js';
import type { ParseReply, ParseTask } from './parse-task.js';
import { forkUtility } from '../../test/fixtures/electron-stub/utility-process.mjs';

/**
 * A stand-in utility process. The file name says what the "parser" does: ok-*, hang-* (never answers),
 * oom-* (V8 aborts: FatalError then exit 133), bloat-* (answers nothing, reports 2 GB resident), exit-* (exit 3).
 */
class FakeProcess extends EventEmitter implements HostProcess {
  static nextPid = 100;
  readonly pid = FakeProcess.nextPid++;
  spawned = false;
  killed = false;
  received: ParseTask[] = [];
  memoryMb = 50;
  constructor(spawnDelay = 0) {
    super();
    setTimeout(() => {
      this.spawned = true;
      this.emit('spawn');
    }, spawnDelay);
  }
  postMessage(task: ParseTask): void {
    if (!this.spawned) throw new Error('posted before spawn');
    this.received.push(task);
    const kind = task.name.split('-')[0];
    setImmediate(() => {
      if (this.killed) return;
      if (kind === 'ok') this.emit('message', { id: task.id, outcome: { ok: false, failure: { path: task.path, message: `parsed ${task.name}` } } } satisfies ParseReply);
      else if (kind === 'oom') {
        this.emit('error', 'FatalError', 'Reached heap limit');
        this.emit('exit', 133);
      } else if (kind === 'bloat') this.memoryMb = 2048;
      else if (kind === 'exit') this.emit('exit', 3);
    });
  }
  kill(): boolean {
    if (this.killed) return false;
    this.killed = true;
    setImmediate(() => this.emit('exit', 137));
    return true;
  }
}

function fakeHosts(options: { size?: number; timeoutMs?: number; spawnDelay?: number } = {}) {
  const processes: FakeProcess[] = [];
  const limits = { processMemoryMb: 640, sampleEveryMs: 5 };
  const pool = new ImportPool(
    () => {
      const p = new FakeProcess(options.spawnDelay);
      processes.push(p);
      return new HostWorker(p, { limits, sampleMemoryMb: (pid) => processes.find((q) => q.pid === pid)?.memoryMb });
    },
    { size: options.size ?? 1, timeoutMs: options.timeoutMs ?? 5_000 },
  );
  return { pool, processes };
}

const entries = (...names: string[]) => names.map((name) => ({ path: `/in/${name}`, name, size: 10 }));

function lines(events: ImportEvent[]): string[] {
  return events.flatMap((e) =>
    e.type === 'article' ? [`ok ${e.article.fileName}`] : e.type === 'failure' ? [`${e.failure.path}: ${e.failure.message}`] : [],
  );
}

describe('hostExecArgv and defaults', () => {
  it('passes the heap limit to the host as --max-old-space-size', () => {
    expect(hostExecArgv({ heapMb: 512 })).toEqual(['--max-old-space-size=512']);
    expect(hostExecArgv({ heapMb: 1 })).toEqual(['--max-old-space-size=16']);
  });

  it('defaults to a 30 s budget and two hosts at their ceilings under 1.5 GB', () => {
    expect(DEFAULT_HOST_LIMITS.timeBudgetMs).toBe(30_000);
    expect(DEFAULT_HOST_LIMITS.heapMb).toBeLessThanOrEqual(DEFAULT_HOST_LIMITS.processMemoryMb);
    expect(2 * DEFAULT_HOST_LIMITS.processMemoryMb).toBeLessThan(1536);
  });

  it('reads V8 abort exit codes as out of memory, and ordinary codes not', () => {
    expect(isOutOfMemoryExit(134)).toBe(true);
    expect(isOutOfMemoryExit(0xc0000409)).toBe(true);
    expect(isOutOfMemoryExit(0)).toBe(false);
    expect(isOutOfMemoryExit(1)).toBe(false);
    expect(isOutOfMemoryExit(137)).toBe(false);
  });
});

describe('HostWorker routing (fake utility processes)', () => {
  it('holds tasks until the process has spawned, then routes the reply to the file', async () => {
    const { pool, processes } = fakeHosts({ spawnDelay: 20 });
    const events: ImportEvent[] = [];
    await pool.run(entries('ok-1', 'ok-2'), (e) => events.push(e)).done;
    expect(lines(events)).toEqual(['/in/ok-1: parsed ok-1', '/in/ok-2: parsed ok-2']);
    expect(processes).toHaveLength(1);
    expect(processes[0]!.received.map((t) => t.name)).toEqual(['ok-1', 'ok-2']);
    await pool.close();
    expect(processes[0]!.killed).toBe(true);
  });

  it('kills a host that overruns the time budget and parses the next file in a fresh one', async () => {
    const { pool, processes } = fakeHosts({ timeoutMs: 40 });
    const events: ImportEvent[] = [];
    const summary = await pool.run(entries('hang-1', 'ok-2'), (e) => events.push(e)).done;
    expect(summary).toEqual({ parsed: 0, failed: 2, cancelled: false });
    expect(lines(events)[0]).toMatch(/^\/in\/hang-1: took longer than .* to parse; skipped$/);
    expect(lines(events)[1]).toBe('/in/ok-2: parsed ok-2');
    expect(processes.map((p) => p.killed)).toEqual([true, false]);
    await pool.close();
  });

  it('a V8 heap abort costs one file with one plain line', async () => {
    const { pool, processes } = fakeHosts();
    const events: ImportEvent[] = [];
    await pool.run(entries('oom-1', 'ok-2'), (e) => events.push(e)).done;
    expect(lines(events)).toEqual([
      `/in/oom-1: ran out of memory while parsing (limit ${DEFAULT_HOST_LIMITS.heapMb} MB); not imported`,
      '/in/ok-2: parsed ok-2',
    ]);
    expect(processes).toHaveLength(2);
    await pool.close();
  });

  it('kills a host whose sampled memory passes the ceiling (memory the heap limit does not count)', async () => {
    const { pool, processes } = fakeHosts();
    const events: ImportEvent[] = [];
    await pool.run(entries('bloat-1', 'ok-2'), (e) => events.push(e)).done;
    expect(lines(events)).toEqual(['/in/bloat-1: needed more than 640 MB of memory to parse; not imported', '/in/ok-2: parsed ok-2']);
    expect(processes[0]!.killed).toBe(true);
    await pool.close();
  });

  it('an unexpected exit is reported with its code', async () => {
    const { pool } = fakeHosts();
    const events: ImportEvent[] = [];
    await pool.run(entries('exit-1', 'ok-2'), (e) => events.push(e)).done;
    expect(lines(events)).toEqual(['/in/exit-1: parser stopped unexpectedly (exit code 3)', '/in/ok-2: parsed ok-2']);
    await pool.close();
  });

  it('cancel stops the file being parsed at once (its host killed) and starts nothing else', async () => {
    const { pool, processes } = fakeHosts({ size: 2, timeoutMs: 60_000 });
    const events: ImportEvent[] = [];
    const job = pool.run(entries('hang-1', 'hang-2', 'ok-3'), (e) => events.push(e));
    await new Promise((r) => setTimeout(r, 20));
    // The hosts never answer and their time budget is a minute: `done` settling as cancelled, with both hosts killed,
    // is what shows the cancel acted at once (no wall-clock bound, which a loaded machine would make flaky).
    job.cancel();
    expect(await job.done).toEqual({ parsed: 0, failed: 0, cancelled: true });
    expect(processes.map((p) => p.killed)).toEqual([true, true]);
    expect(processes.flatMap((p) => p.received.map((t) => t.name))).toEqual(['hang-1', 'hang-2']);
    // The pool keeps working for the next import, in fresh hosts.
    const next: ImportEvent[] = [];
    await pool.run(entries('ok-4'), (e) => next.push(e)).done;
    expect(lines(next)).toEqual(['/in/ok-4: parsed ok-4']);
    await pool.close();
  });
});

describe('HostWorker over real host processes running import-host-entry.ts (Node child processes)', () => {
  let dir: string;
  const entry = new URL('./import-host-entry.ts', import.meta.url).pathname;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-host-'));
    await writeFile(join(dir, 'note.txt'), 'Harbour report\n\nThe ferry carried 1,240 passengers on its first day.\n');
    await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    // 24 MB of text: far more than a 24 MB heap can turn into an article.
    await writeFile(join(dir, 'huge.txt'), 'Over 3,000 people fled the fire, officials said on Monday. '.repeat(250_000)); // under the 20M-character text cap, so the heap limit is what stops it
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function realPool(heapMb: number) {
    const spawn = () => new HostWorker(forkUtility(entry, [], { execArgv: [...hostExecArgv({ heapMb }), '--import', 'tsx'], stdio: 'ignore' }), { limits: { heapMb } });
    return new ImportPool(spawn, { size: 1, timeoutMs: 60_000 });
  }

  it('parses real files with core importFile in another process', async () => {
    const pool = realPool(256);
    const events: ImportEvent[] = [];
    const files = ['image.png', 'note.txt'].map((name) => ({ path: join(dir, name), name, size: 100 }));
    const summary = await pool.run(files, (e) => events.push(e)).done;
    await pool.close();
    expect(summary).toEqual({ parsed: 1, failed: 1, cancelled: false });
    const article = events.find((e) => e.type === 'article');
    expect(article?.type === 'article' && article.article.text).toContain('1,240 passengers');
  });

  it('a file that exceeds the heap limit kills only its host; the next file imports in a fresh one', async () => {
    const pool = realPool(24);
    const events: ImportEvent[] = [];
    const files = ['huge.txt', 'note.txt'].map((name) => ({ path: join(dir, name), name, size: 100 }));
    const summary = await pool.run(files, (e) => events.push(e)).done;
    await pool.close();
    expect(lines(events)[0]).toBe(`${join(dir, 'huge.txt')}: ran out of memory while parsing (limit 24 MB); not imported`);
    expect(summary).toEqual({ parsed: 1, failed: 1, cancelled: false });
  });
});
