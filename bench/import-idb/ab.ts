// Same-run A/B of two web builds against the Node core (decision 0045): rounds of [Node core over the 1k corpus,
// build A end to end, build B end to end], in alternating A/B order; prints each round's files/s and web ÷ Node.
//   npx tsx bench/import-idb/ab.ts <rootA> <rootB> [rounds]
// A root is a directory with dist-web/, scripts/serve-web.mjs and resources/content-types.json (this repo is one).
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

async function nodeRate(): Promise<number> {
  const t = performance.now();
  for (const f of files) await importFile({ name: f.name, path: `bench/${f.name}`, bytes: f.bytes }, { now });
  return N / ((performance.now() - t) / 1000);
}
async function webRate(root: string): Promise<number> {
  const r = await runBrowserImport({ root, folder: join(dir, 'files'), files, repeats: 1, budgetMs: 1, smoke: false });
  if (!r) throw new Error('browser import failed');
  return N / (r.ms[0]! / 1000);
}

await nodeRate(); // warm-up
const rows: { node: number; a: number; b: number }[] = [];
for (let r = 0; r < rounds; r++) {
  const node = await nodeRate();
  const first = r % 2 === 0 ? 'a' : 'b';
  const x = await webRate(first === 'a' ? rootA : rootB);
  const y = await webRate(first === 'a' ? rootB : rootA);
  const row = first === 'a' ? { node, a: x, b: y } : { node, a: y, b: x };
  rows.push(row);
  console.log(`round ${r + 1}: node ${row.node.toFixed(0)} files/s; A ${row.a.toFixed(0)} (${(row.a / row.node).toFixed(2)}); B ${row.b.toFixed(0)} (${(row.b / row.node).toFixed(2)}); B/A ${(row.b / row.a).toFixed(2)}`);
}
console.log(`median: A/node ${median(rows.map((x) => x.a / x.node)).toFixed(2)}, B/node ${median(rows.map((x) => x.b / x.node)).toFixed(2)}, B/A ${median(rows.map((x) => x.b / x.a)).toFixed(2)}`);
