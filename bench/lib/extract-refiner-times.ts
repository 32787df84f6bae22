/**
 * `[DROP=a,b] npx tsx bench/lib/extract-refiner-times.ts [PASSES]`: each refiner's own time inside the whole pipeline
 * on the bench's NewsQuant articles (sums over articles of the per-article minimum over PASSES passes), with the
 * whole call's time and the rest (tokenizer, sentences, parsers, output). Unlike extract-refiner-ab.ts, which times
 * one refiner again and again on one article's drafts with its tokens in cache, every refiner here runs once per
 * article per pass, as in use. With DROP the named refiners are left out, and the change in "rest" is what their
 * output costs elsewhere (decision 0107). Timing only, not a speed comparison: use extract-solo.ts for that.
 */
import { REFINERS } from '../../src/core/extract/configuration.js';
import { extractMentions } from '../../src/core/extract/index.js';
import { ROOT } from './env.js';
import { newsQuantArticles } from './news-text.js';

const passes = Number(process.argv[2] ?? 10);
const arts = newsQuantArticles(ROOT, 1024 * 1024) ?? [];
const drop = (process.env.DROP ?? '').split(',').filter(Boolean);
for (const name of drop) {
  const k = REFINERS.findIndex((r) => r.name === name);
  if (k < 0) throw new Error(`DROP: no refiner named ${name}`);
  REFINERS.splice(k, 1);
}
const names = REFINERS.map((r) => r.name);
const cur = new Float64Array(names.length);
const min = names.map(() => new Float64Array(arts.length).fill(Infinity));
const whole = new Float64Array(arts.length).fill(Infinity);
REFINERS.forEach((r, i) => {
  const refine = r.refine;
  r.refine = (ctx, drafts) => {
    const t0 = performance.now();
    const out = refine.call(r, ctx, drafts);
    cur[i] += performance.now() - t0;
    return out;
  };
});
for (let w = 0; w < 4; w++) for (const a of arts) extractMentions(a, 'x');
for (let p = 0; p < passes; p++) {
  for (let k = 0; k < arts.length; k++) {
    cur.fill(0);
    const t0 = performance.now();
    extractMentions(arts[k]!, 'x');
    whole[k] = Math.min(whole[k]!, performance.now() - t0);
    for (let i = 0; i < names.length; i++) min[i]![k] = Math.min(min[i]![k]!, cur[i]!);
  }
}
const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
const refiners = min.reduce((s, m) => s + sum(m), 0);
console.log(`newsquant${drop.length ? ` without ${drop.join(', ')}` : ''}: whole ${sum(whole).toFixed(1)} ms, refiners ${refiners.toFixed(1)} ms, ` +
  `rest ${(sum(whole) - refiners).toFixed(1)} ms; ${names.map((n, i) => `${n} ${sum(min[i]!).toFixed(1)}`).join(', ')} (sums of per-article minima over ${passes} passes)`);
