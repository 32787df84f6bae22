// Same-run A/B of two web builds against the Node core (decision 0045): rounds of [Node core over the 1k corpus,
// build A end to end, build B end to end], in alternating A/B order; prints each round's files/s and web ÷ Node.
//   npx tsx bench/import-idb/ab.ts <rootA> <rootB> [rounds]
// A root is a directory with dist-web/, scripts/serve-web.mjs and resources/content-types.json (this repo is one).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runBrowserImport } from './browser.js';
import { CACHE } from '../lib/env.js';
import { median } from '../lib/stats.js';
import { cachedFiles, MIX_1K } from '../synthetic/corpus.js';

const [rootA, rootB] = [resolve(process.argv[2]!), resolve(process.argv[3]!)];
const rounds = Number(process.argv[4] ?? 3);
const N = 1000;
const dir = join(CACHE, `import-${N}`);
const files = await cachedFiles(dir, N, { mix: MIX_1K });
const { importFile } = await import('../../src/core/import/index.js');
const now = () => new Date('2026-01-01T00:00:00Z');

/**
 * CPU seconds used so far by this process's descendants (the browser, its renderers, the static server), counting
 * those already exited and reaped (cutime/cstime). Wall time on the shared 2-core machine moves with the other
 * sessions' load; CPU time much less.
 */
function childCpuSeconds(): number {
  const stats = new Map<number, { ppid: number; own: number; reaped: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const raw = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(d), { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) });
    } catch { /* gone */ }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = stats.get(pid)?.ppid; p; p = stats.get(p)?.ppid) if (p === process.pid) return true;
    return false;
  };
  let ticks = stats.get(process.pid)?.reaped ?? 0;
  for (const [pid, s] of stats) if (isDescendant(pid)) ticks += s.own + s.reaped;
  return ticks / 100;
}

async function nodeRate(): Promise<{ rate: number; cpu: number }> {
  const t = performance.now();
  const c = process.cpuUsage();
  for (const f of files) await importFile({ name: f.name, path: `bench/${f.name}`, bytes: f.bytes }, { now });
  const u = process.cpuUsage(c);
  return { rate: N / ((performance.now() - t) / 1000), cpu: (u.user + u.system) / 1e6 };
}
async function webRate(root: string): Promise<{ rate: number; cpu: number }> {
  const c = childCpuSeconds();
  const r = await runBrowserImport({ root, folder: join(dir, 'files'), files, repeats: 1, budgetMs: 1, smoke: false });
  if (!r) throw new Error('browser import failed');
  return { rate: N / (r.ms[0]! / 1000), cpu: childCpuSeconds() - c };
}

await nodeRate(); // warm-up
type M = { rate: number; cpu: number };
const rows: { node: M; a: M; b: M }[] = [];
const fmt = (m: M, node: M) => `${m.rate.toFixed(0)} files/s (${(m.rate / node.rate).toFixed(2)} of Node), ${m.cpu.toFixed(1)} CPU-s`;
for (let r = 0; r < rounds; r++) {
  const node = await nodeRate();
  const first = r % 2 === 0 ? 'a' : 'b';
  const x = await webRate(first === 'a' ? rootA : rootB);
  const y = await webRate(first === 'a' ? rootB : rootA);
  const row = first === 'a' ? { node, a: x, b: y } : { node, a: y, b: x };
  rows.push(row);
  console.log(`round ${r + 1}: node ${node.rate.toFixed(0)} files/s, ${node.cpu.toFixed(1)} CPU-s | A ${fmt(row.a, node)} | B ${fmt(row.b, node)} | B/A rate ${(row.b.rate / row.a.rate).toFixed(2)}`);
}
const med = (f: (x: (typeof rows)[number]) => number) => median(rows.map(f)).toFixed(2);
console.log(`median: A/node ${med((x) => x.a.rate / x.node.rate)}, B/node ${med((x) => x.b.rate / x.node.rate)}, B/A ${med((x) => x.b.rate / x.a.rate)}; CPU-s node ${med((x) => x.node.cpu)}, A ${med((x) => x.a.cpu)}, B ${med((x) => x.b.cpu)}`);
