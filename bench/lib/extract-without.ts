/**
 * `DROP=measure,subject npx tsx bench/lib/extract-without.ts [news|newsquant|synthetic] [PASSES]`: what the named
 * refiners cost inside the whole pipeline, in one process: the full refiner list and the list without DROP (the four
 * window refiners by default) take turns, pass by pass, on the same articles and the same copy of the extractor, and
 * the sums of per-article minima are compared. The output changes without them, so this only bounds what a faster
 * version could gain. It is extract-solo's `WITHOUT=` in one process, where the alternation cancels most of the load
 * of a shared machine. Decision 0107: each window refiner costs 1.5–2× more here than when it is timed alone
 * (extract-refiner-ab.ts), so that script understates what a rewrite could save.
 */
import { REFINERS } from '../../src/core/extract/configuration.js';
import { extractMentions } from '../../src/core/extract/index.js';
import { ROOT } from './env.js';
import { corpusTexts } from './corpus-texts.js';

const corpus = process.argv[2] ?? 'newsquant';
const passes = Number(process.argv[3] ?? 10);
const arts = corpusTexts(ROOT, corpus);
const drop = (process.env.DROP ?? 'time-frame,measure,event,subject').split(',').filter(Boolean);
const all = REFINERS.slice();
for (const name of drop) if (!all.some((r) => r.name === name)) throw new Error(`DROP: no refiner named ${name}`);
const reduced = all.filter((r) => !drop.includes(r.name));
// extractMentions reads the exported array at every call: swap its contents
const use = (list: typeof all) => REFINERS.splice(0, REFINERS.length, ...list);

const mins = [new Float64Array(arts.length).fill(Infinity), new Float64Array(arts.length).fill(Infinity)];
const lists = [all, reduced];
for (let w = 0; w < 4; w++) for (const list of lists) { use(list); for (const a of arts) extractMentions(a, 'x'); }
for (let r = 0; r < passes; r++) {
  // the order flips every pass
  for (const i of r % 2 ? [1, 0] : [0, 1]) {
    use(lists[i]!);
    const m = mins[i]!;
    for (let k = 0; k < arts.length; k++) {
      const t0 = performance.now();
      extractMentions(arts[k]!, 'x');
      m[k] = Math.min(m[k]!, performance.now() - t0);
    }
  }
}
use(all);
const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
const [a, b] = [sum(mins[0]!), sum(mins[1]!)];
console.log(`${corpus}: all refiners ${a.toFixed(1)} ms, without ${drop.join(', ')} ${b.toFixed(1)} ms, ratio ${(a / b).toFixed(3)} ` +
  `(sums of per-article minima over ${passes} passes, one process)`);
