// bench/engine: extraction throughput on news-like text as same-run ratios to a regex floor, Recognizers-Text
// and wink-nlp; then grouping, reuse and the full analyze pipeline at two corpus sizes, with the growth ratio.
import type { Analysis, Article, Mention, Quantity, Reuse } from '../src/core/model/index.js';
import { recognizersNumber, winkEntities } from './lib/baselines.js';
import { extractionRows, longArticleRows, type ExtractModule } from './lib/extraction.js';
import { log, optionalImport, ROOT, SMOKE } from './lib/env.js';
import { aebArticles, newsQuantArticles } from './lib/news-text.js';
import { guessLanguage } from '../src/core/text/words.js';
import { formatTable, resultsPath, row, writeResults, type ResultRow } from './lib/results.js';
import { median } from './lib/stats.js';
import { bodyText, generateArticles, type SynthArticle } from './synthetic/articles.js';

interface GroupModule { groupMentions(m: Mention[], a: { id: string; title?: string; text?: string }[], r: Reuse[]): Quantity[] }
interface ReuseModule { detectReuse(a: { id: string; text: string }[]): Reuse[] }
interface AnalyzeModule { analyzeArticles(a: Article[]): Analysis }

const CFG = SMOKE
  ? { extractBytes: 128 * 1024, recArticles: 6, winkArticles: 8, extractRepeats: 2, sizes: [100, 500] as [number, number], scaleRepeats: 1, stageBudgetMs: 15_000 }
  : { extractBytes: 1024 * 1024, recArticles: 48, winkArticles: 96, extractRepeats: 5, sizes: [1000, 10_000] as [number, number], scaleRepeats: 3, stageBudgetMs: 80_000 };

const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

function asArticle(a: SynthArticle): Article {
  const text = bodyText(a);
  return {
    id: a.id, hash: a.id, fileName: `${a.id}.txt`, path: `bench/${a.id}.txt`, format: 'txt', title: a.title, outlet: a.outlet,
    author: a.author, published: a.published, language: 'en', paragraphs: a.paragraphs, text, words: text.split(/\s+/).length,
    importedAt: '2026-01-01T00:00:00Z', bytes: Buffer.byteLength(text), encoding: 'utf-8', removed: [],
  };
}

interface Stage { name: string; run: (n: number) => number }

/**
 * Each stage is timed at both sizes back to back in every repeat (size order alternated); growth = big ÷ small
 * within the repeat. Repeats per stage are capped by a time budget after the first, since analyze at 10k takes minutes.
 */
function scalingRows(stages: Stage[], rows: ResultRow[]): void {
  const [small, big] = CFG.sizes;
  // Warm-up on a tenth of the small corpus, so the first timed size does not pay for JIT compilation.
  for (const st of stages) st.run(Math.max(10, Math.floor(small / 10)));
  for (const st of stages) {
    const rec = { s: [] as number[], b: [] as number[], g: [] as number[] };
    let repeats = CFG.scaleRepeats;
    for (let r = 0; r < repeats; r++) {
      const ms = new Map<number, number>();
      for (const n of r % 2 ? [big, small] : [small, big]) {
        const t = performance.now();
        const items = st.run(n);
        ms.set(n, performance.now() - t);
        if (st.name !== 'reuse' && items === 0) throw new Error(`${st.name} produced nothing at n=${n}`);
      }
      rec.s.push(ms.get(small)!); rec.b.push(ms.get(big)!); rec.g.push(ms.get(big)! / ms.get(small)!);
      log(`${st.name} repeat ${r + 1}: n=${small} ${ms.get(small)!.toFixed(0)} ms, n=${big} ${ms.get(big)!.toFixed(0)} ms`);
      if (r === 0) repeats = Math.max(1, Math.min(CFG.scaleRepeats, Math.floor(CFG.stageBudgetMs / (ms.get(small)! + ms.get(big)!))));
    }
    rows.push(row(`${st.name}_ms`, small, median(rec.s), 'ms'));
    rows.push(row(`${st.name}_ms`, big, median(rec.b), 'ms'));
    rows.push(row(`${st.name}_growth_${label(big)}_vs_${label(small)}`, big, median(rec.g), 'x', big / small, median(rec.g) / (big / small)));
  }
}

async function main() {
  const rows: ResultRow[] = [];
  const ex = await optionalImport<ExtractModule>('src/core/extract/index.ts');
  const synth = generateArticles(CFG.sizes[1]);
  if (ex) {
    log('building baselines (not timed)');
    const [rec, wink] = [await recognizersNumber(), await winkEntities()];
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

  const [grp, reu, ana] = [await optionalImport<GroupModule>('src/core/group/index.ts'), await optionalImport<ReuseModule>('src/core/reuse/index.ts'),
    // analyze.ts imports the extractor, so it can only load once that exists.
    ex ? await optionalImport<AnalyzeModule>('src/core/analyze.ts') : null];
  const docs = synth.map((a) => ({ id: a.id, title: a.title, text: bodyText(a) }));
  const stages: Stage[] = [];
  if (reu) {
    stages.push({ name: 'reuse', run: (n) => reu.detectReuse(docs.slice(0, n)).length });
    // Evidence of real work: how many generated near-copies (copy and source both in the corpus) were found.
    const found = new Set(reu.detectReuse(docs.slice(0, CFG.sizes[0])).map((p) => [p.a, p.b].sort().join('|')));
    const truth = synth.slice(0, CFG.sizes[0]).filter((a) => a.copyOf !== null).map((a) => [a.id, synth[a.copyOf!]!.id].sort().join('|'));
    rows.push(row('reuse_near_copy_recall', CFG.sizes[0], truth.filter((t) => found.has(t)).length / Math.max(1, truth.length), 'share'));
  }
  if (grp && ex) {
    log(`extracting mentions of ${synth.length} articles (input to grouping; not timed)`);
    const perArticle = docs.map((d) => ex.extractMentions(d.text, d.id));
    const inputs = new Map<number, { mentions: Mention[]; reuse: Reuse[] }>();
    const inputsFor = (n: number) => {
      if (!inputs.has(n)) inputs.set(n, { mentions: perArticle.slice(0, n).flat(), reuse: reu ? reu.detectReuse(docs.slice(0, n)) : [] });
      return inputs.get(n)!;
    };
    for (const n of CFG.sizes) inputsFor(n); // before timing: only groupMentions itself is inside the timer
    stages.push({ name: 'group', run: (n) => grp.groupMentions(inputsFor(n).mentions, docs.slice(0, n), inputsFor(n).reuse).length });
    rows.push(row('group_input_mentions', CFG.sizes[1], inputsFor(CFG.sizes[1]).mentions.length, 'mentions'));
  }
  if (ana && ex) {
    const arts = synth.map(asArticle);
    stages.push({ name: 'analyze', run: (n) => ana.analyzeArticles(arts.slice(0, n)).quantities.length });
  }
  if (stages.length) scalingRows(stages, rows);

  console.log('\n' + formatTable(rows));
  const out = resultsPath(ROOT, 'engine', SMOKE);
  writeResults(out, rows);
  console.log(`\nwrote ${out}`);
}

await main();
