/**
 * `npx tsx bench/lib/extract-ab.ts [COMMIT]`: extraction speed of this tree against another commit's extractor (main by
 * default), in one process, on the bench's news, NewsQuant and synthetic articles. The two extractors alternate pass by pass and
 * the fastest of 16 passes each is compared, so load from other processes on a shared machine cancels out far better
 * than in the full engine bench (whose ratios to Recognizers-Text move by a third under load). Each pass is also timed
 * in process CPU time (user + system), and the median of the 16 per-pair CPU ratios is printed: on a machine whose
 * load average is above its core count the wall-clock minimum still moves by ±10 %, the CPU median by a few percent.
 * Not a `*.bench.ts`: it writes no results file; it answers "did this change make extraction slower?".
 */
import { extractMentions as ours } from '../../src/core/extract/index.js';
import { guessLanguage } from '../../src/core/text/words.js';
import { ROOT } from './env.js';
import { extractorAt } from './extractor-at.js';
import { aebArticles, newsQuantArticles } from './news-text.js';
import { bodyText, generateArticles } from '../synthetic/articles.js';

type Extract = typeof ours;
/** The engine bench's synthetic articles (the same generator and count), up to `bytes`. */
function synthetic(bytes: number): string[] {
  const out: string[] = [];
  for (const a of generateArticles(600)) {
    if (bytes <= 0) break;
    const t = bodyText(a);
    out.push(t);
    bytes -= Buffer.byteLength(t);
  }
  return out;
}
const commit = process.argv[2] ?? 'main';
const base = await extractorAt(commit);

const sets: [string, string[] | null][] = [
  ['news', aebArticles(ROOT, (t) => guessLanguage(t) === 'en')],
  ['newsquant', newsQuantArticles(ROOT, 1024 * 1024)],
  ['synthetic', synthetic(1024 * 1024)],
];
const pass = (f: Extract, arts: string[]): [number, number, number] => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  for (const a of arts) n += f(a, 'x').length;
  const c = process.cpuUsage(c0);
  return [performance.now() - t0, n, c.user + c.system];
};
for (const [name, arts] of sets) {
  if (!arts) continue;
  for (let w = 0; w < 3; w++) { pass(base, arts); pass(ours, arts); }
  let tb = Infinity, to = Infinity, nb = 0, no = 0;
  const cpuRatios: number[] = [];
  for (let r = 0; r < 16; r++) {
    // alternate which goes first, so neither always runs on a warmer (or more loaded) machine
    const [b, o] = r % 2 ? [pass(base, arts), pass(ours, arts)] : ((x) => [pass(base, arts), x])(pass(ours, arts));
    tb = Math.min(tb, b[0]); to = Math.min(to, o[0]); nb = b[1]; no = o[1];
    cpuRatios.push(b[2] / o[2]);
  }
  const mb = arts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  console.log(`${name}: ${commit} ${(mb / (tb / 1000)).toFixed(2)} MB/s (${nb} mentions), this tree ${(mb / (to / 1000)).toFixed(2)} MB/s (${no} mentions), speed ratio ${(tb / to).toFixed(3)}, CPU-time ratio (median of pairs) ${cpuRatios.sort((x, y) => x - y)[cpuRatios.length >> 1]!.toFixed(3)}`);
}
