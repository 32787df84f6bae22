import { readFile, writeFile } from 'node:fs/promises';
import { applyMetadataRecords, readMetadataRecords } from '../core/metadata/edit.js';
import { importFiles } from '../core/import/index.js';
import { analyzeArticles } from '../core/analyze.js';
import { DEFAULT_MAX_BYTES } from '../core/model/article.js';
import { markdownReport } from '../core/report/markdown.js';
import type { ParsedArgs } from './args.js';
import { collectFiles } from './collect-files.js';
import { formatImport, formatQuantities } from './format.js';
import { storiesCommand } from './stories.js';

export const ANALYZE_USAGE = `Usage: crosscheck analyze <files or folders...> [--json FILE] [--md FILE] [--metadata FILE] [--all] [--stories] [--max-bytes N]
  Imports the articles, extracts every statistic, groups the same quantity across articles
  and prints the contested quantities with their values by source.
  --json FILE   write articles, duplicates, errors, mentions, quantities and reuse as JSON
  --md FILE     write a Markdown fact-check report
  --metadata FILE  corrected titles, outlets, authors, dates: a JSON list of {hash or id, title, outlet, author,
                published}, or a workspace backup (its corrected articles); the imported values stay in "original"
  --all         also print corroborated and single-source quantities
  --stories     split the articles into news stories first and report each story on its own`;

/** Returns the exit status: 0 when at least one file imported, even if others failed. */
export async function analyzeCommand(args: ParsedArgs): Promise<number> {
  if (!args.positional.length || args.options.has('help')) {
    console.log(ANALYZE_USAGE);
    return args.positional.length ? 0 : 2;
  }
  const maxBytes = Number(args.options.get('max-bytes') ?? DEFAULT_MAX_BYTES);
  const collected = await collectFiles(args.positional, maxBytes);
  const batch = await importFiles(collected.inputs, { maxBytes });
  const errors = [...collected.failures, ...batch.failures];
  const metadata = args.options.get('metadata');
  if (typeof metadata === 'string') {
    const fixed = applyMetadataRecords(batch.articles, readMetadataRecords(JSON.parse(await readFile(metadata, 'utf8'))));
    batch.articles = fixed.articles;
    console.log(`Metadata corrections: ${fixed.applied} applied${fixed.unmatched ? `, ${fixed.unmatched} for articles not among the inputs` : ''}.`);
  }
  if (args.options.has('stories')) return storiesCommand(batch, errors, args);
  const analysis = analyzeArticles(batch.articles);

  console.log(formatImport(batch.articles, batch.duplicates, errors));
  if (batch.articles.length) console.log(formatQuantities(analysis, batch.articles, args.options.has('all')));

  const json = args.options.get('json');
  if (typeof json === 'string') {
    const out = {
      articles: batch.articles.map(({ id, path, title, outlet, author, published, format, words, text, original }) => ({
        id, path, title, outlet, author, published, format, words, text, ...(original ? { original } : {}),
      })),
      duplicates: batch.duplicates,
      errors,
      ...analysis,
    };
    await writeFile(json, JSON.stringify(out, null, 2) + '\n');
    console.log(`\nJSON written to ${json}`);
  }
  const md = args.options.get('md');
  if (typeof md === 'string') {
    await writeFile(md, markdownReport(analysis, batch.articles));
    console.log(`Markdown report written to ${md}`);
  }
  return batch.articles.length > 0 ? 0 : 1;
}
