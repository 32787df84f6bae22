/**
 * `npx tsx bench/lib/extract-same.ts [COMMIT]`: does this tree's extractor give byte-identical output to another
 * commit's (main by default)? Compares JSON.stringify of extractMentions() on every text the extraction bench and the
 * eval read: the bench's 2 MB of joined NewsQuant articles, every NewsQuant sentence, every article-extraction-benchmark
 * body and the bench's synthetic articles. Exits 1 when any differs. For speed work that must not change output
 * (decision 0025); bench/lib/extract-ab.ts measures the speed of the same pair.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractMentions as ours } from '../../src/core/extract/index.js';
import { bodyText, generateArticles } from '../synthetic/articles.js';
import { ROOT } from './env.js';
import { extractorAt } from './extractor-at.js';
import { AEB_PATH, NEWSQUANT_PATH, newsQuantArticles } from './news-text.js';

const commit = process.argv[2] ?? 'main';
const base = await extractorAt(commit);

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
