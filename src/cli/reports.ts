// The CLI's report files: the same core writers the app uses (core/report), fed with this run's analysis and,
// with --verdicts, the checker's decisions from a workspace backup or an earlier JSON report.
import { readFile, writeFile } from 'node:fs/promises';
import type { Analysis, Article, ImportFailure } from '../core/model/index.js';
import { applyMetadataRecords } from '../core/metadata/edit.js';
import { buildReport, exportReport, type ReportFormat } from '../core/report/index.js';
import { readVerdictFile, type VerdictSource } from '../core/verdicts/verdict-file.js';

/** Report flags: each takes the file to write. */
export const REPORT_FLAGS: Record<ReportFormat, string> = {
  md: 'a Markdown fact-check report',
  html: 'a self-contained HTML report (charts inline, prints to PDF)',
  csv: 'one row per statistic and source (spreadsheet-safe)',
  json: 'the JSON report, schema version 1 (docs/report-json.md)',
  claimreview: 'schema.org ClaimReview JSON-LD, one object per decided statistic',
};

const FORMAT_NAMES: Record<ReportFormat, string> = { md: 'Markdown report', html: 'HTML report', csv: 'CSV', json: 'JSON report', claimreview: 'ClaimReview JSON-LD' };

/** Options of this module that take a value (args.ts asks). */
export const REPORT_VALUE_OPTIONS = [...Object.keys(REPORT_FLAGS), 'verdicts', 'analysis-json', 'publisher', 'publisher-url', 'review-url'];

export const REPORTS_USAGE = `Reports (the same writers as the app; they cover contested statistics and any with a verdict, --all for every one):
${Object.entries(REPORT_FLAGS).map(([flag, what]) => `  --${flag.padEnd(12)} FILE  ${what}`).join('\n')}
  --verdicts     FILE  verdicts and evidence from a workspace backup or an earlier JSON report
  --publisher    NAME  fact-checking organisation, --publisher-url URL its site, --review-url URL the
                       page that will carry the fact check (ClaimReview's author and url)
  --analysis-json FILE write articles, duplicates, errors, mentions, quantities and reuse as JSON (engine output)`;

export interface RunOutput {
  articles: Article[];
  analysis: Analysis;
  duplicates: { path: string; of: string }[];
  errors: ImportFailure[];
  /** Report title (default: the case's name, or a generic one). */
  title?: string;
}

type Options = Map<string, string | true>;
const fileOption = (options: Options, name: string) => {
  const v = options.get(name);
  return typeof v === 'string' ? v : null;
};

async function verdictSource(path: string, articles: Article[]): Promise<VerdictSource> {
  const read = readVerdictFile(await readFile(path, 'utf8'), new Set(articles.map((a) => a.hash)));
  if (!read.ok) throw new Error(`--verdicts ${path}: ${read.error}`);
  return read.source;
}

/** Writes every report asked for; returns the lines to print. Throws on an unreadable --verdicts file before writing anything. */
export async function writeReports(options: Options, run: RunOutput): Promise<string[]> {
  const lines: string[] = [];
  const raw = fileOption(options, 'analysis-json');
  if (raw) {
    const { articles, analysis, duplicates, errors } = run;
    const out = {
      articles: articles.map(({ id, path, title, outlet, author, published, format, words, text, original }) => ({
        id, path, title, outlet, author, published, format, words, text, ...(original ? { original } : {}),
      })),
      duplicates, errors, ...analysis,
    };
    await writeFile(raw, `${JSON.stringify(out, null, 2)}\n`);
    lines.push(`Analysis JSON written to ${raw}`);
  }
  const formats = (Object.keys(REPORT_FLAGS) as ReportFormat[]).filter((f) => fileOption(options, f));
  if (!formats.length) return lines;
  const verdictsPath = fileOption(options, 'verdicts');
  const source = verdictsPath ? await verdictSource(verdictsPath, run.articles) : null;
  if (source && verdictsPath) lines.push(`Verdicts: ${source.verdicts.length} from ${verdictsPath}${source.case ? ` (case “${source.case.name}”)` : ''}`);
  // A backup's corrected titles, outlets, authors and dates are part of the checker's work: reports show them.
  const articles = source?.metadata.length ? applyMetadataRecords(run.articles, source.metadata).articles : run.articles;
  const model = buildReport({
    articles, analysis: run.analysis, verdicts: source?.verdicts, annotations: source?.annotations, scale: source?.scale,
    case: source?.case ?? null, selection: options.has('all') ? 'all' : 'board', ...(run.title ? { title: run.title } : {}),
  });
  if (source && model.orphaned.length) lines.push(`  ${model.orphaned.length} verdict(s) have no statistic in this analysis; listed under “Verdicts without a statistic”`);
  const publisher = {
    ...source?.publisher,
    ...(fileOption(options, 'publisher') ? { name: fileOption(options, 'publisher')! } : {}),
    ...(fileOption(options, 'publisher-url') ? { url: fileOption(options, 'publisher-url')! } : {}),
    ...(fileOption(options, 'review-url') ? { reviewUrl: fileOption(options, 'review-url')! } : {}),
  };
  for (const format of formats) {
    const path = fileOption(options, format)!;
    const file = exportReport(model, format, { publisher });
    await writeFile(path, file.text);
    const extra = format === 'claimreview' ? ` (${model.summary.decided} decided statistic${model.summary.decided === 1 ? '' : 's'})` : '';
    lines.push(`${FORMAT_NAMES[format]} written to ${path}${extra}`);
    for (const w of file.warnings) lines.push(`  note: ${w}`);
  }
  return lines;
}

/** The same options with every output file renamed for part `index` of `count` (`report.md` -> `report.story-2.md`). */
export function optionsForPart(options: Options, index: number, count: number, tag = 'story'): Options {
  if (count <= 1) return options;
  const out = new Map(options);
  for (const name of [...Object.keys(REPORT_FLAGS), 'analysis-json']) {
    const v = options.get(name);
    if (typeof v !== 'string') continue;
    const dot = v.lastIndexOf('.');
    const cut = dot > v.lastIndexOf('/') && dot > 0 ? dot : v.length;
    out.set(name, `${v.slice(0, cut)}.${tag}-${index + 1}${v.slice(cut)}`);
  }
  return out;
}
