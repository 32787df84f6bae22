// Extraction throughput: the extractor and its baselines on the same ~4 KB articles, ratios within each repeat.
import type { Mention } from '../../src/core/model/index.js';
import { floorCount, type Counter } from './baselines.js';
import { log } from './env.js';
import { row, type ResultRow } from './results.js';
import { mbps, median, rotate } from './stats.js';

export interface ExtractModule { extractMentions(text: string, articleId: string): Mention[] }

export interface ExtractionConfig {
  /** Articles the (slow) baselines are timed on: a prefix of the same list. */
  recArticles: number;
  winkArticles: number;
  extractRepeats: number;
}

export const bytesOf = (xs: readonly string[]) => xs.reduce((s, x) => s + Buffer.byteLength(x), 0);

interface Method { name: string; fn: Counter; texts: string[]; reps: number }

/** Time every method once per repeat (order rotated), ratios taken within the repeat, medians reported. */
export function extractionRows(cfg: ExtractionConfig, corpus: string, texts: string[], ex: ExtractModule, rec: Counter, wink: Counter, rows: ResultRow[]): void {
  let k = 0;
  const ours: Counter = (t) => ex.extractMentions(t, `b${k++}`).length;
  const methods: Method[] = [
    { name: 'floor', fn: floorCount, texts, reps: 10 },
    { name: 'extract', fn: ours, texts, reps: 1 },
    // The baselines are 100x slower; timed on a prefix of the same articles (MB/s does not depend on size, anchors §3).
    { name: 'recognizers', fn: rec, texts: texts.slice(0, cfg.recArticles), reps: 1 },
    { name: 'wink', fn: wink, texts: texts.slice(0, cfg.winkArticles), reps: 1 },
  ];
  // Warm-up, not timed: three full passes for the fast methods (the extractor's many small functions reach full speed
  // only after V8 has optimised them: measured, the first two passes over ~0.7 MB run at a quarter of the steady
  // rate), a few articles for the slow baselines, whose time goes to regular expressions that need no warming.
  for (const m of methods) {
    const fast = m.name === 'extract' || m.name === 'floor';
    for (let pass = 0; pass < (fast ? 3 : 1); pass++) for (const t of fast ? m.texts : m.texts.slice(0, 4)) m.fn(t);
  }
  const speed = new Map<string, number[]>(methods.map((m) => [m.name, []]));
  const ratios = new Map<string, number[]>();
  const push = (key: string, v: number) => ratios.set(key, [...(ratios.get(key) ?? []), v]);
  let mentions = 0;
  for (let r = 0; r < cfg.extractRepeats; r++) {
    const run = new Map<string, number>();
    for (const m of rotate(methods, r)) {
      let items = 0;
      const t0 = performance.now();
      for (let i = 0; i < m.reps; i++) for (const t of m.texts) items += m.fn(t);
      const ms = (performance.now() - t0) / m.reps;
      if (items === 0) throw new Error(`${m.name} found nothing in ${corpus} text`);
      if (m.name === 'extract') mentions = items;
      run.set(m.name, mbps(bytesOf(m.texts), ms));
    }
    for (const [name, v] of run) speed.get(name)!.push(v);
    const e = run.get('extract')!;
    push('floor', e / run.get('floor')!);
    push('recognizers', e / run.get('recognizers')!);
    push('wink', e / run.get('wink')!);
    push('rec_floor', run.get('recognizers')! / run.get('floor')!);
    push('wink_floor', run.get('wink')! / run.get('floor')!);
    log(`${corpus} repeat ${r + 1}: ${[...run].map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', ')} MB/s`);
  }
  const med = (n: string) => median(speed.get(n)!);
  const pre = corpus === 'newsquant' ? 'extract' : `extract_${corpus}`;
  const n = texts.length;
  rows.push(row(`${pre}_mbps_vs_floor`, n, med('extract'), 'MB/s', med('floor'), median(ratios.get('floor')!)));
  rows.push(row(`${pre}_mbps_vs_recognizers`, n, med('extract'), 'MB/s', med('recognizers'), median(ratios.get('recognizers')!)));
  rows.push(row(`${pre}_mbps_vs_wink`, n, med('extract'), 'MB/s', med('wink'), median(ratios.get('wink')!)));
  rows.push(row(`${pre}_ms_per_4kb_article`, n, 4096 / 1048576 / med('extract') * 1000, 'ms'));
  rows.push(row(`${pre}_mentions_per_mb`, n, mentions / (bytesOf(texts) / 1048576), 'mentions/MB'));
  rows.push(row(`${corpus}_recognizers_mbps_vs_floor`, cfg.recArticles, med('recognizers'), 'MB/s', med('floor'), median(ratios.get('rec_floor')!)));
  rows.push(row(`${corpus}_wink_mbps_vs_floor`, cfg.winkArticles, med('wink'), 'MB/s', med('floor'), median(ratios.get('wink_floor')!)));
}

/**
 * Worst case (the chrono habit: bench the pathological input too): the same text as 80 KB articles instead of 4 KB
 * ones. A ratio well below 1 means the extractor's cost grows faster than the article (Recognizers' CurrencyModel
 * does, anchors §3).
 */
export function longArticleRows(cfg: ExtractionConfig, texts: string[], ex: ExtractModule, rows: ResultRow[]): void {
  const short = texts.slice(0, 80);
  const long: string[] = [];
  for (let i = 0; i < short.length; i += 20) long.push(short.slice(i, i + 20).join('\n\n'));
  const rate = (xs: string[]) => {
    const t0 = performance.now();
    for (let i = 0; i < xs.length; i++) ex.extractMentions(xs[i]!, `w${i}`);
    return mbps(bytesOf(xs), performance.now() - t0);
  };
  rate(long.slice(0, 1));
  const s: number[] = [], l: number[] = [], ratio: number[] = [];
  for (let r = 0; r < cfg.extractRepeats; r++) {
    // Alternate which goes first.
    let a: number, b: number;
    if (r % 2) { a = rate(long); b = rate(short); } else { b = rate(short); a = rate(long); }
    l.push(a); s.push(b); ratio.push(a / b);
  }
  rows.push(row('extract_80kb_articles_mbps_vs_4kb', long.length, median(l), 'MB/s', median(s), median(ratio)));
}
