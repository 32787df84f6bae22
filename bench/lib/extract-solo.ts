/**
 * `npx tsx bench/lib/extract-solo.ts [COMMIT] [PASSES]`: extraction speed of one extractor alone in this process (this
 * tree, or COMMIT's), as sums of per-article minima over PASSES passes (10 by default) on the corpora of
 * extract-ab-min.ts. Run it for two trees in alternating processes, a few times each, and compare the sums. Decision
 * 0028 found that two extractor copies in one process (extract-ab-min.ts) can measure two trees ~×1.1 apart where each
 * timed alone shows none of it, so a gain of more than a few percent there should be checked here too.
 * `WITHOUT=measure,subject` (this tree only) drops those refiners first: the output changes, so this only bounds what
 * a faster version of them could gain (decision 0096).
 */
import { REFINERS } from '../../src/core/extract/configuration.js';
import { extractMentions } from '../../src/core/extract/index.js';
import { guessLanguage } from '../../src/core/text/words.js';
import { bodyText, generateArticles } from '../synthetic/articles.js';
import { ROOT } from './env.js';
import { extractorAt } from './extractor-at.js';
import { aebArticles, newsQuantArticles } from './news-text.js';

const commit = process.argv[2];
const passes = Number(process.argv[3] ?? 10);
const extract = commit && commit !== '.' ? await extractorAt(commit) : extractMentions;
const without = commit && commit !== '.' ? [] : (process.env.WITHOUT ?? '').split(',').filter(Boolean);
for (const name of without) {
  const k = REFINERS.findIndex((r) => r.name === name);
  if (k < 0) throw new Error(`WITHOUT: no refiner named ${name}`);
  REFINERS.splice(k, 1);
}

const synthetic: string[] = [];
const generated = generateArticles(600);
for (let i = 0, bytes = 0; bytes < 1024 * 1024 && i < generated.length; i++) {
  synthetic.push(bodyText(generated[i]!));
  bytes += Buffer.byteLength(synthetic[i]!);
}
const sets: [string, string[] | null][] = [
  ['news', aebArticles(ROOT, (t) => guessLanguage(t) === 'en')],
  ['newsquant', newsQuantArticles(ROOT, 1024 * 1024)],
  ['synthetic', synthetic],
];
const out: string[] = [];
for (const [name, arts] of sets) {
  if (!arts) continue;
  for (let w = 0; w < 4; w++) for (const a of arts) extract(a, 'x');
  const min = new Float64Array(arts.length).fill(Infinity);
  for (let r = 0; r < passes; r++) {
    for (let k = 0; k < arts.length; k++) {
      const t0 = performance.now();
      extract(arts[k]!, 'x');
      min[k] = Math.min(min[k]!, performance.now() - t0);
    }
  }
  const ms = min.reduce((s, x) => s + x, 0);
  const mbytes = arts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  out.push(`${name} ${ms.toFixed(1)} ms (${(mbytes / ms * 1000).toFixed(2)} MB/s)`);
}
const label = commit && commit !== '.' ? commit : `this tree${without.length ? ` without ${without.join(', ')}` : ''}`;
console.log(`${label}: ${out.join(', ')} (sums of per-article minima over ${passes} passes)`);
