/**
 * `npx tsx bench/lib/extract-refiner-ab.ts REFINER [COMMIT] [PASSES] [news|newsquant|synthetic]`: one refiner of this
 * tree against the same refiner of another commit (main by default), in one process (decision 0028). This tree's
 * pipeline runs once over the corpus and the drafts it hands REFINER are kept per article; then both refiners run on
 * fresh copies of them, alternating article by article, and the fastest of PASSES times per article is kept (as in
 * extract-ab-min.ts). Also says whether both refiners return the same drafts. It answers "what does this refiner cost,
 * and did the change make it cheaper?" to within ~1 ms per MB on a loaded machine. The whole pipeline can move
 * differently: a change is kept on the whole pipeline, timed with extract-ab-min.ts and with extract-solo.ts.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REFINERS } from '../../src/core/extract/configuration.js';
import { extractMentions } from '../../src/core/extract/index.js';
import type { Context, Draft, Refiner } from '../../src/core/extract/types.js';
import { ROOT } from './env.js';
import { sourceAt } from './extractor-at.js';
import { corpusTexts } from './corpus-texts.js';

const [name, commit = 'main', passArg = '30', corpus = 'newsquant'] = process.argv.slice(2);
if (!name) throw new Error('usage: extract-refiner-ab.ts REFINER [COMMIT] [PASSES] [news|newsquant|synthetic]');
const passes = Number(passArg);
const theirs = ((await import(pathToFileURL(join(sourceAt(commit), 'src/core/extract/configuration.ts')).href)) as { REFINERS: Refiner[] }).REFINERS;
const ours = REFINERS.find((r) => r.name === name);
const base = theirs.find((r) => r.name === name);
if (!ours || !base) throw new Error(`no refiner "${name}" in both trees`);

const arts = corpusTexts(ROOT, corpus);

// The drafts the refiner is handed in this tree's pipeline, one snapshot per article.
const inputs: [Context, Draft[]][] = [];
const refine = ours.refine;
ours.refine = (ctx, drafts) => {
  inputs.push([ctx, drafts.map((d) => ({ ...d }))]);
  return refine.call(ours, ctx, drafts);
};
for (const a of arts) extractMentions(a, 'x');
ours.refine = refine;

const copy = (ds: Draft[]) => ds.map((d) => ({ ...d }));
let same = 0;
for (const [ctx, ds] of inputs) if (JSON.stringify(base.refine(ctx, copy(ds))) === JSON.stringify(ours.refine(ctx, copy(ds)))) same++;
const mb = new Float64Array(inputs.length).fill(Infinity);
const mo = new Float64Array(inputs.length).fill(Infinity);
for (let r = 0; r < passes; r++) {
  for (let k = 0; k < inputs.length; k++) {
    const [ctx, ds] = inputs[k]!;
    const a = copy(ds);
    const b = copy(ds);
    for (let o = 0; o < 2; o++) {
      const t0 = performance.now();
      if ((o + k + r) % 2) { base.refine(ctx, a); mb[k] = Math.min(mb[k]!, performance.now() - t0); }
      else { ours.refine(ctx, b); mo[k] = Math.min(mo[k]!, performance.now() - t0); }
    }
  }
}
const sb = mb.reduce((s, x) => s + x, 0);
const so = mo.reduce((s, x) => s + x, 0);
const mbytes = arts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
console.log(`${name} on ${corpus} (${mbytes.toFixed(2)} MB): ${commit} ${sb.toFixed(2)} ms, this tree ${so.toFixed(2)} ms (sums of per-article minima over ${passes} passes), speed ratio ${(sb / so).toFixed(3)}; same drafts on ${same}/${inputs.length} articles`);
