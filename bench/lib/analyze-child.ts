// One measurement of `analyzeArticles` on the first n synthetic articles, in a process of its own so its peak RSS
// is its own: `node --max-old-space-size=MB --expose-gc --import tsx bench/lib/analyze-child.ts N [SRC]`, where
// SRC is the `src` folder whose engine runs (default: this checkout's; the bench passes an extracted copy of the
// baseline commit to time today's code on the same corpus). Prints one JSON line (ChildResult) on stdout.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis, Article } from '../../src/core/model/index.js';
import { bodyText, generateArticles, pairKey, plantedPairs, type SynthArticle } from '../synthetic/articles.js';
import { ROOT } from './env.js';

export interface ChildResult {
  n: number;
  ms: number;
  /** CPU time of the process during the analysis (user + system, all threads incl. GC helpers): less sensitive to other load. */
  cpuMs: number;
  /**
   * Peak resident set size during the analysis (the corpus and the loaded code stay resident), MB = 2^20 bytes. The
   * kernel's high-water mark is reset after generation and warm-up (Linux `clear_refs`), so a spike of the harness
   * before the analysis does not count; where that reset is not possible, the whole process's peak.
   */
  peakRssMb: number;
  /** Peak of the whole process before the analysis: generating the corpus and the warm-up run (the harness). */
  setupPeakRssMb: number;
  /** RSS just before the timed analysis (the corpus and the loaded code). */
  rssBeforeMb: number;
  mentions: number;
  quantities: number;
  reusePairs: number;
  plantedPairs: number;
  reusePrecision: number;
  reuseRecall: number;
}

export function asArticle(a: SynthArticle): Article {
  const text = bodyText(a);
  return {
    id: a.id, hash: a.id, fileName: `${a.id}.txt`, path: `bench/${a.id}.txt`, format: 'txt', title: a.title, outlet: a.outlet,
    author: a.author, published: a.published, language: 'en', paragraphs: a.paragraphs, text, words: text.split(/\s+/).length,
    importedAt: '2026-01-01T00:00:00Z', bytes: Buffer.byteLength(text), encoding: 'utf-8', removed: [],
  };
}

const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * Linux: writing 5 to clear_refs resets the process's peak RSS (VmHWM, which getrusage's maxrss reports) to the
 * current RSS. Corpus generation sometimes peaked near 1.9 GB before the analysis began (decision 0017), and the row
 * is about the analysis.
 */
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux, or not allowed: the peak stays the whole process's
  }
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function main() {
  const n = Number(process.argv[2]);
  const src = resolve(process.argv[3] ?? resolve(ROOT, 'src'));
  if (!Number.isInteger(n) || n < 1) throw new Error('usage: analyze-child.ts N [SRC]');
  const { analyzeArticles } = (await import(pathToFileURL(resolve(src, 'core', 'analyze.ts')).href)) as { analyzeArticles(a: Article[]): Analysis };
  let synth: SynthArticle[] | null = generateArticles(n);
  const truth = plantedPairs(synth);
  const articles = synth.map(asArticle);
  synth = null;
  // Warm-up on a tenth (at most 1,000), so the timed run does not pay for JIT compilation.
  analyzeArticles(articles.slice(0, Math.min(1000, Math.max(10, Math.floor(n / 10)))));
  gc();
  const setupPeakRssMb = process.resourceUsage().maxRSS / 1024;
  resetPeakRss();
  const rssBeforeMb = mb(process.memoryUsage().rss);
  const t = performance.now(), c = process.cpuUsage();
  const analysis = analyzeArticles(articles);
  const ms = performance.now() - t, cu = process.cpuUsage(c), cpuMs = (cu.user + cu.system) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const found = new Set(analysis.reuse.map((r) => pairKey(r.a, r.b)));
  const hits = [...found].filter((k) => truth.has(k)).length;
  const out: ChildResult = {
    n, ms, cpuMs, peakRssMb, setupPeakRssMb, rssBeforeMb, mentions: analysis.mentions.length, quantities: analysis.quantities.length,
    reusePairs: found.size, plantedPairs: truth.size,
    reusePrecision: found.size ? hits / found.size : 1, reuseRecall: truth.size ? hits / truth.size : 1,
  };
  console.log(JSON.stringify(out));
}

// Run only as a script (analyze-stages.ts imports asArticle).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
