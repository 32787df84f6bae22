// bench/search: full-text search over synthetic articles at 1k, 10k and 50k, against plain MiniSearch (same fields,
// prefix and typo options), a linear scan and FlexSearch, on one fixed query set. Each (engine, size) runs in its
// own child process so heap figures and GC state do not leak between engines.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import { SearchEngine } from '../src/core/search/engine.js';
import { fold } from '../src/core/search/terms.js';
import { log, ROOT, SMOKE } from './lib/env.js';
import { median } from './lib/stats.js';
import { formatTable, resultsPath, row, writeResults, type ResultRow } from './lib/results.js';
import { bodyText, generateArticles } from './synthetic/articles.js';

const SIZES = SMOKE ? [200, 1000] : [1000, 10_000, 50_000];
const REPEATS = SMOKE ? 5 : 15;
const LIMIT = 50;
type EngineName = 'ours' | 'minisearch' | 'flexsearch' | 'linear';
const ENGINES: EngineName[] = ['ours', 'minisearch', 'flexsearch', 'linear'];

interface Doc { id: string; title: string; outlet: string; author: string; published: string; body: string }
interface Query { kind: string; q: string }
interface ChildResult { engine: EngineName; n: number; buildMs: number; heapMb: number; p95: number; byKind: Record<string, number>; startupMs?: number; snapshotMs?: number; totals: Record<string, number> }

function corpus(n: number): Doc[] {
  return generateArticles(n).map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, author: a.author, published: a.published, body: bodyText(a) }));
}

/**
 * The fixed query set. Words come from the generator's own vocabulary (every synthetic article uses it); the rare
 * word, the figure and the money figure are read from the corpus so they exist at every size.
 */
function querySet(docs: Doc[]): Query[] {
  const rare = docs[Math.floor(docs.length / 2)]!.author.split(' ')[1]!.toLowerCase();
  const figure = docs.map((d) => /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,.]\d)/.exec(d.body)?.[0]).find(Boolean)!;
  const money = docs.map((d) => /(\d+\.\d) billion/.exec(d.body)?.[1]).find(Boolean) ?? '1.2';
  return [
    { kind: 'common', q: 'ministry' },
    { kind: 'common', q: 'officials' },
    { kind: 'common', q: 'emergency' },
    { kind: 'rare', q: rare },
    { kind: 'two-word', q: 'emergency volunteers' },
    { kind: 'two-word', q: 'hospital patients' },
    { kind: 'prefix', q: 'volunt' },
    { kind: 'prefix', q: 'evacu' },
    { kind: 'fuzzy', q: 'emergancy' },
    { kind: 'fuzzy', q: 'hosiptal' },
    { kind: 'number', q: figure.replace(/,/g, '') },
    { kind: 'number', q: `${money}bn` },
  ];
}

interface Runner { build(docs: Doc[]): void; search(q: string): number; drop?(): void }

function runner(name: EngineName): Runner & { startup?: () => { loadMs: number; snapshotMs: number } } {
  switch (name) {
    case 'ours': {
      let e = new SearchEngine();
      return {
        build(docs) {
          // Batches as the app's sync() indexes them.
          for (let i = 0; i < docs.length; i += 200) e.add(docs.slice(i, i + 200).map((d) => ({ meta: { id: d.id, title: d.title, outlet: d.outlet, author: d.author, published: d.published, format: 'txt' }, text: d.body })));
          // As the worker does once an import is over.
          e.optimize();
        },
        search: (q) => e.search(q, {}, LIMIT).total,
        startup() {
          let t = performance.now();
          const snap = e.snapshot();
          const snapshotMs = performance.now() - t;
          t = performance.now();
          // structuredClone is what IndexedDB does on put and get: the load pays for one copy.
          const loaded = SearchEngine.fromSnapshot(structuredClone(snap));
          const loadMs = performance.now() - t;
          e = loaded;
          return { loadMs, snapshotMs };
        },
      };
    }
    case 'minisearch': {
      const ms = new MiniSearch<Doc>({ fields: ['title', 'outlet', 'author', 'body'], storeFields: [] });
      const opts = { prefix: (_t: string, i: number, all: string[]) => i === all.length - 1, fuzzy: 0.2, combineWith: 'AND', boost: { title: 3, outlet: 2, author: 2 } } as const;
      return { build: (docs) => ms.addAll(docs), search: (q) => ms.search(q, opts).length };
    }
    case 'flexsearch': {
      const fx = new FlexSearch.Document({ document: { id: 'id', index: ['title', 'outlet', 'author', 'body'] }, tokenize: 'forward', cache: false, fastupdate: false });
      return {
        build: (docs) => docs.forEach((d) => fx.add(d as unknown as Record<string, string>)),
        search: (q) => (fx.search(q, { limit: LIMIT }) as { result: unknown[] }[]).reduce((s, r) => s + r.result.length, 0),
      };
    }
    case 'linear': {
      let texts: string[] = [];
      return {
        build: (docs) => (texts = docs.map((d) => fold(`${d.title}\n${d.outlet}\n${d.author}\n${d.body}`))),
        search(q) {
          const words = fold(q).split(/\s+/).filter(Boolean);
          let n = 0;
          for (const t of texts) if (words.every((w) => t.includes(w))) n++;
          return n;
        },
      };
    }
  }
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

function child(name: EngineName, n: number): ChildResult {
  // The heap is measured with the corpus gone: what remains after the build is the index alone.
  const h0 = heap();
  let docs: Doc[] | null = corpus(n);
  const queries = querySet(docs);
  const r = runner(name);
  let t = performance.now();
  r.build(docs);
  const buildMs = performance.now() - t;
  // The linear scan's "index" is the folded text itself; every other engine lets go of the corpus here.
  docs = null;
  const heapMb = (heap() - h0) / 1048576;
  const st = r.startup?.();
  const totals: Record<string, number> = {};
  for (let w = 0; w < 3; w++) for (const { q } of queries) totals[q] = r.search(q); // warm-up (and JIT)
  const samples = queries.map(() => [] as number[]);
  for (let rep = 0; rep < REPEATS; rep++) {
    queries.forEach(({ q }, i) => {
      t = performance.now();
      r.search(q);
      samples[i]!.push(performance.now() - t);
    });
  }
  // Each query's median over the repeats (a repeat that lost the CPU to another process says nothing about the
  // engine), then the 95th percentile over the query set: the slow query kinds, not the scheduler, set the figure.
  const perQuery = samples.map(median);
  const byKind: Record<string, number[]> = {};
  queries.forEach(({ kind }, i) => (byKind[kind] ??= []).push(perQuery[i]!));
  return {
    engine: name, n, buildMs, heapMb, p95: p95(perQuery), totals,
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, p95(v)])),
    ...(st ? { startupMs: st.loadMs, snapshotMs: st.snapshotMs } : {}),
  };
}

function spawnChild(name: EngineName, n: number): ChildResult {
  const file = fileURLToPath(import.meta.url);
  const args = ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', file, '--child', name, String(n), ...(SMOKE ? ['--smoke'] : [])];
  const res = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = res.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (res.status !== 0 || !line) throw new Error(`${name} at n=${n} failed (exit ${res.status}): ${res.stderr.slice(-2000)}`);
  return JSON.parse(line.slice('RESULT '.length)) as ChildResult;
}

function main(): void {
  const rows: ResultRow[] = [];
  for (const n of SIZES) {
    const got = {} as Record<EngineName, ChildResult>;
    for (const e of ENGINES) {
      log(`${e} at n=${n}`);
      got[e] = spawnChild(e, n);
      const g = got[e];
      log(`  build ${g.buildMs.toFixed(0)} ms, heap ${g.heapMb.toFixed(0)} MB, p95 ${g.p95.toFixed(2)} ms ${JSON.stringify(Object.fromEntries(Object.entries(g.byKind).map(([k, v]) => [k, +v.toFixed(2)])))}${g.startupMs !== undefined ? `, load ${g.startupMs.toFixed(0)} ms` : ''}`);
    }
    const { ours, minisearch, flexsearch, linear } = got;
    // Same matches as MiniSearch on the word queries (numbers differ by design: MiniSearch splits "15,000").
    log(`  totals ours ${JSON.stringify(ours.totals)}\n  totals minisearch ${JSON.stringify(minisearch.totals)}`);
    rows.push(row('query_p95', n, ours.p95, 'ms', minisearch.p95, ours.p95 / minisearch.p95));
    rows.push(row('index_build', n, ours.buildMs, 'ms', minisearch.buildMs, ours.buildMs / minisearch.buildMs));
    rows.push(row('startup', n, ours.startupMs!, 'ms', ours.buildMs, ours.startupMs! / ours.buildMs));
    rows.push(row('linear_scan_p95', n, linear.p95, 'ms', ours.p95, linear.p95 / ours.p95));
    rows.push(row('flexsearch_p95', n, flexsearch.p95, 'ms', ours.p95, flexsearch.p95 / ours.p95));
    rows.push(row('heap', n, ours.heapMb, 'MB', minisearch.heapMb, ours.heapMb / minisearch.heapMb));
    for (const kind of Object.keys(ours.byKind)) rows.push(row(`query_p95_${kind}`, n, ours.byKind[kind]!, 'ms', minisearch.byKind[kind], ours.byKind[kind]! / minisearch.byKind[kind]!));
  }
  console.log('\n' + formatTable(rows));
  const out = resultsPath(ROOT, 'search', SMOKE);
  writeResults(out, rows);
  console.log(`\nwrote ${out}`);
}

const at = process.argv.indexOf('--child');
if (at >= 0) console.log('RESULT ' + JSON.stringify(child(process.argv[at + 1] as EngineName, Number(process.argv[at + 2]))));
else main();
