// bench/engine: extraction throughput on news-like text as same-run ratios to a regex floor, Recognizers-Text
// and wink-nlp; text reuse against the planted near-copies; then the full analyze pipeline at two corpus sizes
// (10k and 30k, each in a child process of its own for its peak RSS) and today's code at 10k on the same corpus.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChildResult } from './lib/analyze-child.js';
import { recognizersNumber, winkEntities } from './lib/baselines.js';
import { extractionRows, longArticleRows, type ExtractModule } from './lib/extraction.js';
import { CACHE, log, optionalImport, ROOT, SMOKE } from './lib/env.js';
import { aebArticles, newsQuantArticles } from './lib/news-text.js';
import { guessLanguage } from '../src/core/text/words.js';
import { formatTable, resultsPath, row, writeResults, type ResultRow } from './lib/results.js';
import { median } from './lib/stats.js';
import { bodyText, generateArticles, pairKey, plantedPairs } from './synthetic/articles.js';

interface ReuseModule { detectReuse(a: { id: string; text: string }[]): { a: string; b: string }[] }

/**
 * The baseline for "no slower than today": the engine as it was before the scale work (main at 5581e88), extracted
 * with `git archive` into .tmp and run on the same generated corpus in the same run. ENGINE_BASELINE=<commit> picks
 * another; ENGINE_BASELINE=none skips it.
 */
const BASELINE = process.env.ENGINE_BASELINE ?? '5581e8891755cc721e85cca3ad18993650a28c75';

const CFG = SMOKE
  ? { extractBytes: 128 * 1024, recArticles: 6, winkArticles: 8, extractRepeats: 2, small: 300, big: 900, smallRepeats: 1, bigRepeats: 1, reuseRepeats: 1, heapMb: 1024, baselineHeapMb: 1024 }
  : { extractBytes: 1024 * 1024, recArticles: 48, winkArticles: 96, extractRepeats: 5, small: 10_000, big: 30_000, smallRepeats: 3, bigRepeats: 2, reuseRepeats: 3, heapMb: 6144, baselineHeapMb: 6144 };

const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** `src` of the baseline commit, extracted once under .tmp (null, with a note, when git cannot provide it). */
function baselineSrc(): string | null {
  if (BASELINE === 'none') return null;
  const dir = join(CACHE, `engine-baseline-${BASELINE.slice(0, 12)}`);
  if (existsSync(join(dir, 'src', 'core', 'analyze.ts'))) return join(dir, 'src');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('sh', ['-c', `git archive ${BASELINE} src | tar -x -C "${dir}"`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 || !existsSync(join(dir, 'src', 'core', 'analyze.ts'))) {
    console.log(`note: baseline ${BASELINE} not available (${r.stderr?.toString().trim() || 'no analyze.ts'}); analyze rows without baseline`);
    return null;
  }
  return join(dir, 'src');
}

/** analyzeArticles on the first n articles in a fresh process (heap capped at heapMb); null if it failed. */
function measure(n: number, heapMb: number, src?: string): ChildResult | null {
  const args = [`--max-old-space-size=${heapMb}`, '--expose-gc', '--import', 'tsx', resolve(ROOT, 'bench', 'lib', 'analyze-child.ts'), String(n), ...(src ? [src] : [])];
  const t = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = r.stdout?.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    console.log(`analyze n=${n}${src ? ' (baseline)' : ''} failed: exit ${r.status ?? r.signal} after ${((Date.now() - t) / 1000).toFixed(0)} s`);
    return null;
  }
  const res = JSON.parse(line) as ChildResult;
  log(`analyze n=${n}${src ? ' (baseline)' : ''}: ${(res.ms / 1000).toFixed(1)} s (CPU ${(res.cpuMs / 1000).toFixed(1)} s), peak RSS ${res.peakRssMb.toFixed(0)} MB (setup ${res.setupPeakRssMb.toFixed(0)}), ` +
    `${res.mentions} mentions, reuse ${res.reusePairs} pairs (P ${res.reusePrecision.toFixed(3)}, R ${res.reuseRecall.toFixed(3)} of ${res.plantedPairs} planted)`);
  return res;
}

function scaleRows(rows: ResultRow[]): void {
  const { small, big } = CFG;
  const base = baselineSrc();
  // Order: ours small, baseline small, then ours big and ours small in turn (decision 0038: 10k, 30k, 10k, 30k, 10k),
  // so both sizes are measured across the same minutes; each size's time is the median of its runs.
  const ours: ChildResult[] = [];
  const larges: ChildResult[] = [];
  const first = measure(small, CFG.heapMb);
  if (first) ours.push(first);
  const old = base ? measure(small, CFG.baselineHeapMb, base) : null;
  for (let r = 0; r < Math.max(CFG.bigRepeats, CFG.smallRepeats - 1); r++) {
    if (r < CFG.bigRepeats) { const l = measure(big, CFG.heapMb); if (l) larges.push(l); }
    if (r < CFG.smallRepeats - 1) { const again = measure(small, CFG.heapMb); if (again) ours.push(again); }
  }
  if (!ours.length) throw new Error(`analyze failed at n=${small}`);
  const t10 = median(ours.map((o) => o.ms));
  rows.push(old
    ? row('analyze_ms_vs_baseline', small, t10, 'ms', old.ms, t10 / old.ms)
    : row('analyze_ms', small, t10, 'ms'));
  const c10 = median(ours.map((o) => o.cpuMs));
  rows.push(old ? row('analyze_cpu_ms_vs_baseline', small, c10, 'ms', old.cpuMs, c10 / old.cpuMs) : row('analyze_cpu_ms', small, c10, 'ms'));
  rows.push(old
    ? row('analyze_peak_rss_mb_vs_baseline', small, median(ours.map((o) => o.peakRssMb)), 'MB', old.peakRssMb, median(ours.map((o) => o.peakRssMb)) / old.peakRssMb)
    : row('analyze_peak_rss_mb', small, median(ours.map((o) => o.peakRssMb)), 'MB'));
  rows.push(row('analyze_mentions', small, ours[0]!.mentions, 'mentions'));
  rows.push(row('reuse_precision', small, ours[0]!.reusePrecision, 'share'));
  rows.push(row('reuse_recall', small, ours[0]!.reuseRecall, 'share'));
  rows.push(row('reuse_planted_pairs', small, ours[0]!.plantedPairs, 'pairs'));
  if (old) {
    rows.push(row('baseline_reuse_precision', small, old.reusePrecision, 'share'));
    rows.push(row('baseline_reuse_pairs', small, old.reusePairs, 'pairs'));
  }
  if (!larges.length) throw new Error(`analyze failed at n=${big} (heap ${CFG.heapMb} MB)`);
  const large = larges[0]!;
  const t30 = median(larges.map((l) => l.ms)), c30 = median(larges.map((l) => l.cpuMs));
  rows.push(row('analyze_ms', big, t30, 'ms'));
  // Growth: time ratio big ÷ small divided by the size ratio (1.0 = linear), on the medians of each size's runs.
  const k = big / small;
  rows.push(row('analyze_growth', big, t30 / t10 / k, 'x', 1, t30 / t10 / k));
  rows.push(row('analyze_cpu_ms', big, c30, 'ms'));
  rows.push(row('analyze_cpu_growth', big, c30 / c10 / k, 'x', 1, c30 / c10 / k));
  // The same from each size's fastest run: what the code needs when the machine disturbs it least (a check on noise).
  const g = Math.min(...larges.map((l) => l.ms)) / Math.min(...ours.map((o) => o.ms)) / k;
  rows.push(row('analyze_growth_min', big, g, 'x', 1, g));
  // Peak RSS: the highest of the big runs (the goal is a ceiling).
  rows.push(row('analyze_peak_rss_mb', big, Math.max(...larges.map((l) => l.peakRssMb)), 'MB'));
  rows.push(row('analyze_rss_before_mb', big, large.rssBeforeMb, 'MB'));
  rows.push(row('analyze_setup_peak_rss_mb', big, Math.max(...larges.map((l) => l.setupPeakRssMb)), 'MB'));
  rows.push(row('analyze_mentions', big, large.mentions, 'mentions'));
  rows.push(row('reuse_precision', big, large.reusePrecision, 'share'));
  rows.push(row('reuse_recall', big, large.reuseRecall, 'share'));
  rows.push(row('reuse_planted_pairs', big, large.plantedPairs, 'pairs'));
  log(`analyze growth ${label(small)} → ${label(big)}: ${(t30 / t10 / k).toFixed(3)} of linear (CPU ${(c30 / c10 / k).toFixed(3)}; ` +
    `fastest runs ${g.toFixed(3)}; ${ours.length} × ${label(small)}, ${larges.length} × ${label(big)})`);
}

/** detectReuse alone, in this process, on the small corpus: time (median of repeats) and precision/recall. */
function reuseRows(reu: ReuseModule, rows: ResultRow[]): void {
  const n = CFG.small;
  const synth = generateArticles(n);
  const docs = synth.map((a) => ({ id: a.id, text: bodyText(a) }));
  const truth = plantedPairs(synth);
  reu.detectReuse(docs.slice(0, Math.floor(n / 10))); // warm-up
  const ms: number[] = [];
  let found = new Set<string>();
  for (let r = 0; r < CFG.reuseRepeats; r++) {
    const t = performance.now();
    found = new Set(reu.detectReuse(docs).map((p) => pairKey(p.a, p.b)));
    ms.push(performance.now() - t);
  }
  const hits = [...found].filter((k) => truth.has(k)).length;
  log(`reuse n=${n}: ${median(ms).toFixed(0)} ms, ${found.size} pairs, ${hits} of ${truth.size} planted`);
  rows.push(row('reuse_ms', n, median(ms), 'ms'));
  rows.push(row('reuse_pairs_reported', n, found.size, 'pairs'));
}

async function main() {
  const rows: ResultRow[] = [];
  const ex = await optionalImport<ExtractModule>('src/core/extract/index.ts');
  if (ex) {
    log('building baselines (not timed)');
    const [rec, wink] = [await recognizersNumber(), await winkEntities()];
    const synth = generateArticles(600);
    const synthTexts: string[] = [];
    for (let i = 0, b = 0; b < CFG.extractBytes && i < synth.length; i++) { synthTexts.push(bodyText(synth[i]!)); b += Buffer.byteLength(synthTexts[i]!); }
    const nq = newsQuantArticles(ROOT, CFG.extractBytes);
    if (nq) {
      extractionRows(CFG, 'newsquant', nq, ex, rec, wink, rows);
      longArticleRows(CFG, nq, ex, rows);
    }
    else console.log('note: ../shared NewsQuant.json not found; extraction measured on synthetic text only');
    const news = aebArticles(ROOT, (t) => guessLanguage(t) === 'en');
    if (news) extractionRows(CFG, 'news', SMOKE ? news.slice(0, 32) : news, ex, rec, wink, rows);
    extractionRows(CFG, 'synthetic', synthTexts, ex, rec, wink, rows);
  }
  const reu = await optionalImport<ReuseModule>('src/core/reuse/index.ts');
  if (reu) reuseRows(reu, rows);
  if (ex && reu && existsSync(resolve(ROOT, 'src', 'core', 'analyze.ts'))) scaleRows(rows);

  console.log('\n' + formatTable(rows));
  const out = resultsPath(ROOT, 'engine', SMOKE);
  writeResults(out, rows);
  console.log(`\nwrote ${out}`);
}

await main();
