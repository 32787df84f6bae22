/**
 * `npx tsx bench/lib/extract-ab.ts [COMMIT]`: extraction speed of this tree against another commit's extractor (main by
 * default), in one process, on the bench's news and NewsQuant articles. The two extractors alternate pass by pass and
 * the fastest of 16 passes each is compared, so load from other processes on a shared machine cancels out far better
 * than in the full engine bench (whose ratios to Recognizers-Text move by a third under load). Not a `*.bench.ts`: it
 * writes no results file; it answers "did this change make extraction slower?".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractMentions as ours } from '../../src/core/extract/index.js';
import { guessLanguage } from '../../src/core/text/words.js';
import { CACHE, ROOT } from './env.js';
import { aebArticles, newsQuantArticles } from './news-text.js';

type Extract = typeof ours;
const commit = process.argv[2] ?? 'main';
const sha = spawnSync('git', ['rev-parse', commit], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dir = join(CACHE, `extract-ab-${sha.slice(0, 12)}`);
if (!existsSync(join(dir, 'src'))) {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${dir}"`], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`git archive ${commit} failed`);
}
const base = ((await import(pathToFileURL(join(dir, 'src/core/extract/index.ts')).href)) as { extractMentions: Extract }).extractMentions;

const sets: [string, string[] | null][] = [
  ['news', aebArticles(ROOT, (t) => guessLanguage(t) === 'en')],
  ['newsquant', newsQuantArticles(ROOT, 1024 * 1024)],
];
const pass = (f: Extract, arts: string[]): [number, number] => {
  const t0 = performance.now();
  let n = 0;
  for (const a of arts) n += f(a, 'x').length;
  return [performance.now() - t0, n];
};
for (const [name, arts] of sets) {
  if (!arts) continue;
  for (let w = 0; w < 3; w++) { pass(base, arts); pass(ours, arts); }
  let tb = Infinity, to = Infinity, nb = 0, no = 0;
  for (let r = 0; r < 16; r++) {
    // alternate which goes first, so neither always runs on a warmer (or more loaded) machine
    const [b, o] = r % 2 ? [pass(base, arts), pass(ours, arts)] : ((x) => [pass(base, arts), x])(pass(ours, arts));
    tb = Math.min(tb, b[0]); to = Math.min(to, o[0]); nb = b[1]; no = o[1];
  }
  const mb = arts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  console.log(`${name}: ${commit} ${(mb / (tb / 1000)).toFixed(2)} MB/s (${nb} mentions), this tree ${(mb / (to / 1000)).toFixed(2)} MB/s (${no} mentions), speed ratio ${(tb / to).toFixed(3)}`);
}
