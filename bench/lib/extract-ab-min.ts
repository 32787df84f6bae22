/**
 * `npx tsx bench/lib/extract-ab-min.ts [COMMIT] [PASSES]`: the extraction A/B of extract-ab.ts for a loaded machine.
 * Each article is timed PASSES times (12 by default) by both extractors, alternating article by article and which goes
 * first, and only the fastest time of each article is kept; the ratio is of the sums of those minima. With 3–5 other
 * processes on the 2 cores, extract-ab's pass-level ratios moved by ±10–30 % between runs of the same trees, while
 * this one gave 1.00 ± 0.01 on two commits with the same extractor (A/A). It measures the steady state: a deoptimisation
 * or a collection that slows some articles does not show here (extract-ab and the engine bench see it).
 */
import { extractMentions as ours } from '../../src/core/extract/index.js';
import { guessLanguage } from '../../src/core/text/words.js';
import { bodyText, generateArticles } from '../synthetic/articles.js';
import { ROOT } from './env.js';
import { extractorAt } from './extractor-at.js';
import { aebArticles, newsQuantArticles } from './news-text.js';

type Extract = typeof ours;
const commit = process.argv[2] ?? 'main';
const passes = Number(process.argv[3] ?? 12);
const base = await extractorAt(commit);

const synthetic: string[] = [];
const generated = generateArticles(600);
for (let i = 0, bytes = 0; bytes < 1024 * 1024 && i < generated.length; i++) {
  const t = bodyText(generated[i]!);
  synthetic.push(t);
  bytes += Buffer.byteLength(t);
}
const sets: [string, string[] | null][] = [
  ['news', aebArticles(ROOT, (t) => guessLanguage(t) === 'en')],
  ['newsquant', newsQuantArticles(ROOT, 1024 * 1024)],
  ['synthetic', synthetic],
];
/** Time of one extraction, in ms. */
function time(f: Extract, text: string): number {
  const t0 = performance.now();
  f(text, 'x');
  return performance.now() - t0;
}
for (const [name, arts] of sets) {
  if (!arts) continue;
  for (let w = 0; w < 4; w++) for (const a of arts) { base(a, 'x'); ours(a, 'x'); }
  const mb = new Float64Array(arts.length).fill(Infinity);
  const mo = new Float64Array(arts.length).fill(Infinity);
  for (let r = 0; r < passes; r++) {
    for (let k = 0; k < arts.length; k++) {
      if ((k + r) % 2) { mb[k] = Math.min(mb[k]!, time(base, arts[k]!)); mo[k] = Math.min(mo[k]!, time(ours, arts[k]!)); }
      else { mo[k] = Math.min(mo[k]!, time(ours, arts[k]!)); mb[k] = Math.min(mb[k]!, time(base, arts[k]!)); }
    }
  }
  const sb = mb.reduce((s, x) => s + x, 0);
  const so = mo.reduce((s, x) => s + x, 0);
  const mbytes = arts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  console.log(`${name}: ${commit} ${(mbytes / sb * 1000).toFixed(2)} MB/s, this tree ${(mbytes / so * 1000).toFixed(2)} MB/s (sums of per-article minima over ${passes} passes), speed ratio ${(sb / so).toFixed(3)}`);
}
