/**
 * `npm run eval [-- SUITE...]`: runs the scoring suites in eval/suites, prints one table and writes
 * bench/results/eval.json in the same row shape as the benchmarks ({ metric, n, value, unit, baseline, ratio }),
 * where `baseline` is the target to beat and `ratio` is value / target.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalRow } from './types.js';

// Seeds first (the engine suite), then the extraction suites, then import cleanup: the order a reader cares about.
const SUITES = ['engine', 'extraction', 'cleanup', 'stories'] as const;

interface ResultRow {
  metric: string;
  n: number | null;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  note?: string;
}

function toResult(row: EvalRow): ResultRow {
  const target = row.target ?? null;
  return {
    metric: `${row.suite}.${row.metric}`,
    n: row.n ?? null,
    value: round(row.value),
    unit: 'score',
    baseline: target,
    ratio: target ? round(row.value / target) : null,
    ...(row.note ? { note: row.note } : {}),
  };
}

/** Stable order in the file: suites as in SUITES, rows within a suite as produced. */
const suiteIndex = (r: ResultRow) => SUITES.indexOf(r.metric.split(/[./]/)[0] as (typeof SUITES)[number]);

const round = (x: number) => Math.round(x * 10000) / 10000;

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? SUITES.filter((s) => wanted.includes(s)) : SUITES;
  const rows: ResultRow[] = [];
  let failed = 0;
  for (const name of names) {
    const started = Date.now();
    try {
      const mod = (await import(`./suites/${name}.ts`)) as { run: () => Promise<EvalRow[]> };
      const suiteRows = await mod.run();
      rows.push(...suiteRows.map(toResult));
      console.error(`eval: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed++;
      console.error(`eval: suite ${name} failed: ${(err as Error).stack ?? err}`);
    }
  }
  console.table(rows.map(({ note, ...r }) => ({ ...r, note: note ?? '' })));
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'eval.json');
  // A run of some suites replaces only their rows: the file keeps the last figures of the others.
  const ran = new Set(names as readonly string[]);
  const kept = wanted.length && existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as ResultRow[]).filter((r) => !ran.has(r.metric.split(/[./]/)[0]!))
    : [];
  const merged = [...kept, ...rows].sort((a, b) => suiteIndex(a) - suiteIndex(b));
  writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
  console.log(`eval: ${rows.length} rows written to bench/results/eval.json${kept.length ? ` (${kept.length} rows of other suites kept)` : ''}`);
  if (failed) process.exitCode = 1;
}

void main();
