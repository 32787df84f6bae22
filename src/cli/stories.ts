/**
 * `analyze --stories`: split the imported articles into news stories first (the app's case suggestion,
 * core/cases) and report each story on its own, so figures of different stories never meet in one quantity.
 * Articles that fit no story are listed, not analysed together.
 */
import { analyzeArticles } from '../core/analyze.js';
import { suggestStories } from '../core/cases/index.js';
import type { Article, ImportFailure } from '../core/model/article.js';
import type { Analysis } from '../core/model/quantity.js';
import type { ParsedArgs } from './args.js';
import { formatImport, formatQuantities, outletLine } from './format.js';
import { optionsForPart, writeReports } from './reports.js';

export interface StoryReport {
  label: string;
  names: string[];
  articles: Article[];
  analysis: Analysis;
}

/** Stories of the batch (largest first), each analysed alone, and the articles that fit none. */
export function analyseStories(articles: Article[]): { stories: StoryReport[]; unsorted: Article[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories = suggestStories(articles).map((s) => {
    const members = s.articleIds.map((id) => byId.get(id)!);
    return { label: s.label, names: s.names, articles: members, analysis: analyzeArticles(members) };
  });
  const placed = new Set(stories.flatMap((s) => s.articles.map((a) => a.id)));
  return { stories, unsorted: articles.filter((a) => !placed.has(a.id)) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function formatStories(stories: StoryReport[], unsorted: Article[], all: boolean): string {
  const lines = [`\n${plural(stories.length, 'story', 'stories')} found` +
    (unsorted.length ? `; ${plural(unsorted.length, 'article fits', 'articles fit')} none` : '')];
  stories.forEach((s, i) => {
    lines.push(`\n=== Story ${i + 1} of ${stories.length}: ${s.label} (${plural(s.articles.length, 'article', 'articles')})`);
    for (const a of s.articles) lines.push(`  ${a.title} — ${outletLine(a)}`);
    lines.push(formatQuantities(s.analysis, s.articles, all));
  });
  if (unsorted.length) {
    lines.push(`\n=== In no story (not cross-checked)`);
    for (const a of unsorted) lines.push(`  ${a.title} — ${outletLine(a)}`);
  }
  return lines.join('\n');
}

export async function storiesCommand(
  batch: { articles: Article[]; duplicates: { path: string; of: string }[] },
  errors: ImportFailure[],
  args: ParsedArgs,
  notArticles: ImportFailure[] = [],
): Promise<number> {
  const { stories, unsorted } = analyseStories(batch.articles);
  console.log(formatImport(batch.articles, batch.duplicates, errors, notArticles));
  if (batch.articles.length) console.log(formatStories(stories, unsorted, args.options.has('all')));
  // Each story is reported on its own, in its own files (report.story-1.md, report.story-2.md ...).
  const written: string[] = [];
  for (const [i, s] of stories.entries()) {
    written.push(...await writeReports(optionsForPart(args.options, i, stories.length), {
      articles: s.articles, analysis: s.analysis, duplicates: [], errors: [],
      title: `Story ${i + 1} of ${stories.length}: ${s.label}`,
    }));
  }
  if (written.length) console.log(`\n${written.join('\n')}`);
  return batch.articles.length > 0 ? 0 : 1;
}
