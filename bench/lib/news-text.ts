// News-like "articles" of ~4 KB for the extraction bench, built the way ../shared/design/perf-anchors.md §3 does:
// sentences joined with spaces, reshuffled (mulberry32) on every pass, an article closed once it reaches 4,096 bytes.
// NewsQuant sentences are read at run time from ../shared and never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mulberry32 } from './rng.js';

export const NEWSQUANT_PATH = (root: string) => resolve(root, '..', 'shared', 'corpus', 'extraction-suites', 'newsquant', 'NewsQuant.json');

export function joinIntoArticles(sentences: readonly string[], targetBytes: number, articleBytes = 4096, seed = 42): string[] {
  if (sentences.length === 0) throw new Error('no sentences');
  const r = mulberry32(seed);
  const out: string[] = [];
  let cur: string[] = [], curLen = 0, total = 0;
  while (total < targetBytes) {
    const order = sentences.map((_, i) => [r(), i] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
    for (const i of order) {
      const s = sentences[i]!;
      cur.push(s);
      curLen += Buffer.byteLength(s) + 1;
      if (curLen >= articleBytes) {
        const a = cur.join(' ');
        out.push(a);
        total += Buffer.byteLength(a);
        cur = []; curLen = 0;
        if (total >= targetBytes) break;
      }
    }
  }
  return out;
}

/** NewsQuant articles, or null when ../shared is not there (the bench then runs on synthetic text only). */
export function newsQuantArticles(root: string, targetBytes: number): string[] | null {
  const p = NEWSQUANT_PATH(root);
  if (!existsSync(p)) return null;
  const data = JSON.parse(readFileSync(p, 'utf8')) as { text: string }[];
  return joinIntoArticles(data.map((d) => d.text.trim()).filter(Boolean), targetBytes);
}

export const AEB_PATH = (root: string) => resolve(root, '..', 'shared', 'corpus', 'article-extraction-benchmark', 'ground-truth.json');

/**
 * Real news articles, whole: the English human-annotated article bodies of the article-extraction benchmark (181 pages
 * from 126 sites; mean ~4.5 KB, so no joining is needed). Ordinary news density of figures, unlike NewsQuant, whose
 * sentences were chosen because they hold quantities. Read at run time; null when ../shared is not there.
 */
export function aebArticles(root: string, isEnglish: (text: string) => boolean): string[] | null {
  const p = AEB_PATH(root);
  if (!existsSync(p)) return null;
  const data = JSON.parse(readFileSync(p, 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(data).sort().map((k) => data[k]!.articleBody.trim()).filter((t) => t.length > 0 && isEnglish(t));
}
