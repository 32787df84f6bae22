// The results-row contract of `npm run bench`: every bench writes bench/results/NAME.json (NAME.smoke.json
// for --smoke, gitignored) as an array of rows and prints the same rows as a table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ResultRow {
  metric: string;
  n: number;
  value: number;
  unit: string;
  /** The baseline's own value in the same unit, measured in the same run (named in the metric, e.g. `_vs_recognizers`). */
  baseline?: number;
  /** Median over repeats of the same-run ratio value ÷ baseline (not the ratio of the medians). */
  ratio?: number;
}

/** Round to 4 significant digits: enough for noisy timings, short enough to read in a diff. */
export function sig(x: number, digits = 4): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}

export function row(metric: string, n: number, value: number, unit: string, baseline?: number, ratio?: number): ResultRow {
  const r: ResultRow = { metric, n, value: sig(value), unit };
  if (baseline !== undefined) r.baseline = sig(baseline);
  if (ratio !== undefined) r.ratio = sig(ratio);
  return r;
}

export function resultsPath(root: string, name: string, smoke: boolean): string {
  return join(root, 'bench', 'results', `${name}${smoke ? '.smoke' : ''}.json`);
}

export function writeResults(path: string, rows: readonly ResultRow[]): void {
  for (const r of rows) {
    if (!r.metric || !Number.isFinite(r.n) || !Number.isFinite(r.value) || !r.unit) {
      throw new Error(`bad result row: ${JSON.stringify(r)}`);
    }
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(rows, null, 2) + '\n');
}

export function formatTable(rows: readonly ResultRow[]): string {
  const head = ['metric', 'n', 'value', 'unit', 'baseline', 'ratio'];
  const cells = rows.map((r) => [r.metric, String(r.n), String(r.value), r.unit, r.baseline === undefined ? '' : String(r.baseline), r.ratio === undefined ? '' : String(r.ratio)]);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 || i === 3 ? x.padEnd(w[i]!) : x.padStart(w[i]!))).join('  ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...cells.map(line)].join('\n');
}
