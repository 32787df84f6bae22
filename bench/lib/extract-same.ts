/**
 * `npx tsx bench/lib/extract-same.ts [COMMIT]`: does this tree's extractor give byte-identical output to another
 * commit's (main by default)? Compares JSON.stringify of extractMentions() on every text the extraction bench and the
 * eval read: the bench's 2 MB of joined NewsQuant articles, every NewsQuant sentence, every article-extraction-benchmark
 * body and the bench's synthetic articles. Exits 1 when any differs. For speed work that must not change output
 * (decision 0025); bench/lib/extract-ab.ts measures the speed of the same pair.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractMentions as ours } from '../../src/core/extract/index.js';
import { bodyText, generateArticles } from '../synthetic/articles.js';
import { CACHE, ROOT } from './env.js';
import { AEB_PATH, NEWSQUANT_PATH, newsQuantArticles } from './news-text.js';

const commit = process.argv[2] ?? 'main';
const sha = spawnSync('git', ['rev-parse', commit], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dir = join(CACHE, `extract-ab-${sha.slice(0, 12)}`);
if (!existsSync(join(dir, 'src'))) {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${dir}"`], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`git archive ${commit} failed`);
}
const base = ((await import(pathToFileURL(join(dir, 'src/core/extract/index.ts')).href)) as { extractMentions: typeof ours }).extractMentions;

const texts: string[] = [...(newsQuantArticles(ROOT, 2 * 1024 * 1024) ?? [])];
if (existsSync(NEWSQUANT_PATH(ROOT))) texts.push(...(JSON.parse(readFileSync(NEWSQUANT_PATH(ROOT), 'utf8')) as { text: string }[]).map((d) => d.text));
if (existsSync(AEB_PATH(ROOT))) texts.push(...Object.values(JSON.parse(readFileSync(AEB_PATH(ROOT), 'utf8')) as Record<string, { articleBody: string }>).map((a) => a.articleBody));
texts.push(...generateArticles(600).map(bodyText));

let differing = 0, chars = 0;
for (const t of texts) {
  const a = JSON.stringify(base(t, 'x'));
  const b = JSON.stringify(ours(t, 'x'));
  chars += a.length;
  if (a !== b && differing++ < 5) console.log(`differs: ${JSON.stringify(t.slice(0, 80))}…`);
}
console.log(`${texts.length} texts, ${chars} characters of ${commit}'s output, ${differing} differing`);
if (differing > 0) process.exitCode = 1;
