import { readFile } from 'node:fs/promises';
import { applyMetadataRecords, readMetadataRecords } from '../core/metadata/edit.js';
import { DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_BUDGET_MS } from '../core/import/index.js';
import { analyzeArticles } from '../core/analyze.js';
import { DEFAULT_MAX_BYTES } from '../core/model/article.js';
import type { ParsedArgs } from './args.js';
import { collectSources } from '../main/read-files.js';
import { defaultWorkers, importWithPool } from './import-pool.js';
import { formatImport, formatQuantities } from './format.js';
import { storiesCommand } from './stories.js';
import { REPORTS_USAGE, writeReports } from './reports.js';

export const ANALYZE_USAGE = `Usage: crosscheck analyze <files or folders...> [--all] [--stories] [--metadata FILE] [import bounds] [report options]
  Imports the articles, extracts every statistic, groups the same quantity across articles
  and prints the contested quantities with their values by source.
  --all         also print (and report) corroborated and single-source quantities
  --metadata FILE  corrected titles, outlets, authors, dates: a JSON list of {hash or id, title, outlet, author,
                published}, or a workspace backup (its corrected articles); the imported values stay in "original"
  --stories     split the articles into news stories first and report each story on its own
Import bounds (each file parsed in a worker thread; a file over a bound fails with one line, the others import):
  --max-bytes N        refuse files larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --time-budget S      seconds one file may take to parse before its worker is stopped (default ${DEFAULT_TIME_BUDGET_MS / 1000})
  --memory-limit MB    heap ceiling of each parser worker (default ${DEFAULT_MEMORY_LIMIT_MB})
  --workers N          files parsed at once (default: cores, at most 4; here ${defaultWorkers()})
  Ctrl+C stops the files being parsed at once and reports what was and was not imported.
${REPORTS_USAGE}`;

function numberOption(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === true || !Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number`);
  return n;
}

function formatCancelled(s: { interrupted: string[]; notStarted: string[] }): string {
  const lines = [`Import cancelled: ${s.interrupted.length} file(s) stopped while parsing, ${s.notStarted.length} not started (none of them imported).`];
  for (const p of s.interrupted) lines.push(`  ■ ${p}: stopped while parsing`);
  for (const p of s.notStarted) lines.push(`  · ${p}: not started`);
  return lines.join('\n');
}

/** Returns the exit status: 0 when at least one file imported, even if others failed. */
export async function analyzeCommand(args: ParsedArgs): Promise<number> {
  if (!args.positional.length || args.options.has('help')) {
    console.log(ANALYZE_USAGE);
    return args.positional.length ? 0 : 2;
  }
  const maxBytes = numberOption(args, 'max-bytes', DEFAULT_MAX_BYTES);
  const collected = await collectSources(args.positional, { maxBytes });
  // Progress goes to stderr so stdout stays the report; it also tells a script that Ctrl+C is now handled.
  if (collected.files.length > 1) console.error(`Importing ${collected.files.length} files (Ctrl+C stops at once) ...`);
  const batch = await importWithPool(collected.files, {
    maxBytes,
    workers: numberOption(args, 'workers', defaultWorkers()),
    timeBudgetMs: numberOption(args, 'time-budget', DEFAULT_TIME_BUDGET_MS / 1000) * 1000,
    memoryLimitMb: numberOption(args, 'memory-limit', DEFAULT_MEMORY_LIMIT_MB),
  }, { onCancel: (cancel) => process.once('SIGINT', cancel) });
  const errors = [...collected.skipped, ...batch.failures];
  if (batch.summary.cancelled) {
    console.log(formatImport(batch.articles, batch.duplicates, errors, collected.notArticles));
    console.log(formatCancelled(batch.summary));
    return 130;
  }
  const metadata = args.options.get('metadata');
  if (typeof metadata === 'string') {
    const fixed = applyMetadataRecords(batch.articles, readMetadataRecords(JSON.parse(await readFile(metadata, 'utf8'))));
    batch.articles = fixed.articles;
    console.log(`Metadata corrections: ${fixed.applied} applied${fixed.unmatched ? `, ${fixed.unmatched} for articles not among the inputs` : ''}.`);
  }
  if (args.options.has('stories')) return storiesCommand(batch, errors, args, collected.notArticles);
  const analysis = analyzeArticles(batch.articles);

  console.log(formatImport(batch.articles, batch.duplicates, errors, collected.notArticles));
  if (batch.articles.length) console.log(formatQuantities(analysis, batch.articles, args.options.has('all')));

  const written = await writeReports(args.options, { articles: batch.articles, analysis, duplicates: batch.duplicates, errors });
  if (written.length) console.log(`\n${written.join('\n')}`);
  return batch.articles.length > 0 ? 0 : 1;
}
