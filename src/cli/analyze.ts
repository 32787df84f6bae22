import { readFile } from 'node:fs/promises';
import { applyMetadataRecords, readMetadataRecords } from '../core/metadata/edit.js';
import { importFiles } from '../core/import/index.js';
import { analyzeArticles } from '../core/analyze.js';
import { DEFAULT_MAX_BYTES } from '../core/model/article.js';
import type { ParsedArgs } from './args.js';
import { collectFiles } from './collect-files.js';
import { formatImport, formatQuantities } from './format.js';
import { storiesCommand } from './stories.js';
import { REPORTS_USAGE, writeReports } from './reports.js';

export const ANALYZE_USAGE = `Usage: crosscheck analyze <files or folders...> [--all] [--stories] [--metadata FILE] [--max-bytes N] [report options]
  Imports the articles, extracts every statistic, groups the same quantity across articles
  and prints the contested quantities with their values by source.
  --all         also print (and report) corroborated and single-source quantities
  --metadata FILE  corrected titles, outlets, authors, dates: a JSON list of {hash or id, title, outlet, author,
                published}, or a workspace backup (its corrected articles); the imported values stay in "original"
  --stories     split the articles into news stories first and report each story on its own
${REPORTS_USAGE}`;

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

  const written = await writeReports(args.options, { articles: batch.articles, analysis, duplicates: batch.duplicates, errors });
  if (written.length) console.log(`\n${written.join('\n')}`);
  return batch.articles.length > 0 ? 0 : 1;
}
