/**
 * `analyze --stories`: split the imported articles into news stories first (the app's case suggestion,
 * core/cases) and report each story on its own, so figures of different stories never meet in one quantity.
 * Articles that fit no story are listed, not analysed together.
 */
import { writeFile } from 'node:fs/promises';
import { analyzeArticles } from '../core/analyze.js';
import { suggestStories } from '../core/cases/index.js';
import type { Article, ImportFailure } from '../core/model/article.js';
import type { Analysis } from '../core/model/quantity.js';
import { markdownReport } from '../core/report/markdown.js';
import type { ParsedArgs } from './args.js';
import { formatImport, formatQuantities } from './format.js';

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
    for (const a of s.articles) lines.push(`  ${a.title} — ${a.outlet ?? 'unknown outlet'}`);
    lines.push(formatQuantities(s.analysis, s.articles, all));
  });
  if (unsorted.length) {
    lines.push(`\n=== In no story (not cross-checked)`);
    for (const a of unsorted) lines.push(`  ${a.title} — ${a.outlet ?? 'unknown outlet'}`);
  }
  return lines.join('\n');
}

/** Markdown inline text from a source: characters that would make markup (or HTML) are escaped. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+!|<>&-]/g, (c) => `\\${c}`);
}

export async function storiesCommand(
  batch: { articles: Article[]; duplicates: { path: string; of: string }[] },
  errors: ImportFailure[],
  args: ParsedArgs,
): Promise<number> {
  const { stories, unsorted } = analyseStories(batch.articles);
  console.log(formatImport(batch.articles, batch.duplicates, errors));
  if (batch.articles.length) console.log(formatStories(stories, unsorted, args.options.has('all')));

  const json = args.options.get('json');
  if (typeof json === 'string') {
    const out = {
      stories: stories.map((s) => ({ label: s.label, names: s.names, articleIds: s.articles.map((a) => a.id), ...s.analysis })),
      unsorted: unsorted.map((a) => a.id),
      articles: batch.articles.map(({ id, path, title, outlet, author, published, format, words, text }) => ({ id, path, title, outlet, author, published, format, words, text })),
      duplicates: batch.duplicates,
      errors,
    };
    await writeFile(json, JSON.stringify(out, null, 2) + '\n');
    console.log(`\nJSON written to ${json}`);
  }
  const md = args.options.get('md');
  if (typeof md === 'string') {
    const now = new Date();
    // One report per story, each under its own top heading in place of the report's generic one.
    const parts = stories.map((s, i) => markdownReport(s.analysis, s.articles, now)
      .replace(/^# .*$/m, `# Story ${i + 1} of ${stories.length}: ${inline(s.label)}`));
    if (unsorted.length) parts.push(['# In no story', '', ...unsorted.map((a) => `- ${inline(a.title)}`), ''].join('\n'));
    await writeFile(md, parts.join('\n---\n\n'));
    console.log(`Markdown report written to ${md}`);
  }
  return batch.articles.length > 0 ? 0 : 1;
}
