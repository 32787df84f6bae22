// Where `analyzeArticles`' time goes at one corpus size, stage by stage, in a process of its own (as analyze-child):
// `[SRC=dir] [HASH=1] [TRACE=1] node --max-old-space-size=6144 --expose-gc --import tsx bench/lib/analyze-stages.ts N [REPS]`. Runs the stages of
// analyze.ts one after the other (extraction, reuse, grouping with its phase marks), REPS times (default 1; the
// first is preceded by a warm-up on a tenth), and prints per stage wall ms, CPU ms, GC ms (from the `gc` performance
// entries that start inside the stage), main-thread CPU ms (the rest is V8's helper threads), the heap after it (used and committed), ArrayBuffers, RSS and peak RSS so far
// (the stage where the peak column last rises owns the peak), then one JSON line. COUNT=1 adds the work counts of
// reuse and grouping (ReuseStats, GroupStats: candidates, blocks, pairs visited and scored; decision 0087) to it. Compare sizes run by run:
// growth of a stage = (its 30k time / its 10k time) / 3.
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import type { Article } from '../../src/core/model/index.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { extractMentions as Extract } from '../../src/core/extract/index.js';
import type { detectReuse as Reuse } from '../../src/core/reuse/index.js';
import type { groupMentions as Group } from '../../src/core/group/index.js';
import { generateArticles } from '../synthetic/articles.js';
import { asArticle } from './analyze-child.js';
import { ROOT } from './env.js';

// SRC=<folder> runs another checkout's engine (an A/B against a `git archive` of an older commit); default: this one.
const src = resolve(process.env.SRC ?? resolve(ROOT, 'src'));
const load = async <T>(path: string) => (await import(pathToFileURL(resolve(src, path)).href)) as T;
const { extractMentions } = await load<{ extractMentions: typeof Extract }>('core/extract/index.ts');
const { detectReuse } = await load<{ detectReuse: typeof Reuse }>('core/reuse/index.ts');
const { groupMentions } = await load<{ groupMentions: typeof Group }>('core/group/index.ts');

interface Mark { name: string; t: number; cpu: number; mainCpu: number; heapMb: number; rssMb: number; maxRssMb: number; physMb: number; abMb: number }
const gcs: { start: number; ms: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!forced.some(([a, b]) => e.startTime >= a && e.startTime <= b)) gcs.push({ start: e.startTime, ms: e.duration, kind: (e as unknown as { detail?: { kind: number } }).detail?.kind ?? 0 });
}).observe({ entryTypes: ['gc'] });

const mb = (b: number) => b / 2 ** 20;
/**
 * CPU ms of the main thread alone (Linux: utime + stime of /proc/self/task/PID/stat, in 10 ms ticks; NaN elsewhere).
 * process.cpuUsage also counts V8's helper threads (concurrent and parallel GC, background compilation), so the
 * difference between the two columns is mostly the collector's work off the main thread (decision 0087).
 */
const mainCpuMs = (): number => {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const x = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(x[11]) + Number(x[12])) * 10;
  } catch {
    return NaN;
  }
};
let marks: Mark[] = [];
/**
 * LIVE=1: a forced full GC at every mark, so `live` is the heap the engine still holds after the stage (decision
 * 0088). Those collections' entries are left out of the stage's GC columns (their windows are remembered), but they
 * change when V8's own collections fall, so compare GC totals from runs without LIVE.
 */
const live = process.env.LIVE === '1';
const forced: [number, number][] = [];
const liveMb: Record<string, number> = {};
const mark = (name: string) => {
  if (process.env.TRACE) console.log(`@@ mark ${name} ${Math.round(performance.now())}`);
  if (live) {
    const t0 = performance.now();
    (globalThis as { gc?: () => void }).gc?.();
    forced.push([t0, performance.now()]);
    liveMb[name] = mb(process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers);
  }
  const c = process.cpuUsage();
  marks.push({
    name, t: performance.now(), cpu: (c.user + c.system) / 1000, mainCpu: mainCpuMs(), heapMb: mb(getHeapStatistics().used_heap_size),
    rssMb: mb(process.memoryUsage.rss()), maxRssMb: process.resourceUsage().maxRSS / 1024,
    physMb: mb(getHeapStatistics().total_physical_size), abMb: mb(process.memoryUsage().arrayBuffers),
  });
};

function run(articles: Article[], hash: boolean) {
  marks = [];
  mark('start');
  const mentions = articles.flatMap((a) => extractMentions(a.text, a.id));
  mark('extract');
  const count = process.env.COUNT === '1';
  const reuseStats = count ? {} as NonNullable<Parameters<typeof Reuse>[2]> : undefined;
  const groupStats = count ? {} as NonNullable<NonNullable<Parameters<typeof Group>[3]>['stats']> : undefined;
  const reuse = detectReuse(articles.map((a) => ({ id: a.id, text: a.text })), { onPhase: mark }, reuseStats);
  mark('r.sort');
  const quantities = groupMentions(mentions, articles, reuse, { onPhase: mark, stats: groupStats });
  mark('g.sort');
  // sha256 of JSON.stringify(list), element by element (a 30k list as one string would pass V8's string limit).
  const h = (list: unknown[]) => {
    const hash = createHash('sha256').update('[');
    list.forEach((x, i) => hash.update((i ? ',' : '') + JSON.stringify(x)));
    return hash.update(']').digest('hex').slice(0, 8);
  };
  return {
    mentions: mentions.length, quantities: quantities.length, reusePairs: reuse.length, hashes: hash ? [h(quantities), h(mentions), h(reuse)] : [],
    ...(count ? { counts: { reuse: reuseStats, group: groupStats } } : {}),
  };
}

async function main() {
  const n = Number(process.argv[2]);
  const reps = Number(process.argv[3] ?? 1);
  const articles = generateArticles(n).map(asArticle);
  run(articles.slice(0, Math.min(1000, Math.max(10, Math.floor(n / 10)))), false);
  (globalThis as { gc?: () => void }).gc?.();
  for (let r = 0; r < reps; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((res) => setTimeout(res, 10));
    gcs.length = 0;
    const res = run(articles, process.env.HASH === '1' && r === 0);
    const ms = marks.slice();
    await new Promise((res2) => setTimeout(res2, 50)); // let the gc entries arrive
    const rows = ms.slice(1).map((m, i) => {
      const p = ms[i]!;
      const inStage = gcs.filter((g) => g.start >= p.t && g.start < m.t);
      return {
        stage: m.name, ms: Math.round(m.t - p.t), cpu: Math.round(m.cpu - p.cpu), main: Math.round(m.mainCpu - p.mainCpu),
        gc: Math.round(inStage.reduce((s, g) => s + g.ms, 0)), major: inStage.filter((g) => g.kind === 4).length, heapMb: Math.round(m.heapMb),
        rssMb: Math.round(m.rssMb), maxRssMb: Math.round(m.maxRssMb), physMb: Math.round(m.physMb), abMb: Math.round(m.abMb),
        // GC ms by the entry's kind (1 scavenge, 4 mark-compact, 8 incremental marking step, 16 weak callbacks).
        gcKind: Object.fromEntries([1, 4, 8, 16].map((k) => [k, Math.round(inStage.filter((g) => g.kind === k).reduce((s, g) => s + g.ms, 0))])),
        gcCount: Object.fromEntries([1, 4, 8, 16].map((k) => [k, inStage.filter((g) => g.kind === k).length])),
        ...(live ? { liveMb: Math.round(liveMb[m.name]! * 10) / 10 } : {}),
      };
    });
    const total = { ms: Math.round(ms.at(-1)!.t - ms[0]!.t), cpu: Math.round(ms.at(-1)!.cpu - ms[0]!.cpu), main: Math.round(ms.at(-1)!.mainCpu - ms[0]!.mainCpu), gc: Math.round(gcs.reduce((s, g) => s + g.ms, 0)) };
    if (live) console.error(`${n}\tstart (live)\t${Math.round(liveMb.start! * 10) / 10}`);
    for (const x of rows) console.error(`${n}\t${x.stage.padEnd(12)}\t${x.ms}\t${x.cpu}\t${x.main}\t${x.gc}\t${x.major}\t${x.heapMb}\t${x.physMb}\t${x.abMb}\t${x.rssMb}\t${x.maxRssMb}\tgc ms (n) scav ${x.gcKind[1]} (${x.gcCount[1]}) mc ${x.gcKind[4]} (${x.gcCount[4]}) inc ${x.gcKind[8]} (${x.gcCount[8]})${live ? `\tlive ${x.liveMb}` : ''}`);
    console.error(`${n}\t${'TOTAL'.padEnd(12)}\t${total.ms}\t${total.cpu}\t${total.main}\t${total.gc}\t\tpeakRSS ${Math.round(process.resourceUsage().maxRSS / 1024)}`);
    console.log(JSON.stringify({ n, rep: r, ...res, total, rows, ...(live ? { startLiveMb: liveMb.start } : {}) }));
  }
}

await main();
