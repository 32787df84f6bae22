import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable, resultsPath, row, sig, writeResults } from './results.js';

describe('results rows', () => {
  it('keeps baseline and ratio only when given, rounded to 4 significant digits', () => {
    expect(row('import_articles_per_s', 1000, 123.456789, 'articles/s')).toEqual({ metric: 'import_articles_per_s', n: 1000, value: 123.5, unit: 'articles/s' });
    const r = row('extract_mbps_vs_recognizers', 754, 12.34567, 'MB/s', 0.5591, 22.0811);
    expect(r).toEqual({ metric: 'extract_mbps_vs_recognizers', n: 754, value: 12.35, unit: 'MB/s', baseline: 0.5591, ratio: 22.08 });
    expect(Object.keys(row('x', 1, 1, 'ms'))).not.toContain('ratio');
  });

  it('sig keeps small ratios readable', () => {
    expect(sig(0.000123456)).toBe(0.0001235);
    expect(sig(0)).toBe(0);
  });

  it('writes NAME.json, or NAME.smoke.json for --smoke', () => {
    expect(resultsPath('/r', 'engine', false)).toBe(join('/r', 'bench', 'results', 'engine.json'));
    expect(resultsPath('/r', 'engine', true)).toBe(join('/r', 'bench', 'results', 'engine.smoke.json'));
  });

  it('writes the rows as a JSON array that reads back identically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    const path = join(dir, 'nested', 'x.json');
    const rows = [row('group_ms', 1000, 12.5, 'ms'), row('group_growth_10k_vs_1k', 10000, 10.5, 'x', 10, 1.05)];
    writeResults(path, rows);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(rows);
  });

  it('refuses a row without a finite value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    expect(() => writeResults(join(dir, 'x.json'), [{ metric: 'm', n: 1, value: Number.NaN, unit: 'ms' }])).toThrow(/bad result row/);
  });

  it('prints one aligned line per row under a header', () => {
    const t = formatTable([row('a', 1, 2, 'ms'), row('longer_metric', 10, 3, 'MB/s', 1, 3)]).split('\n');
    expect(t).toHaveLength(4);
    expect(t[0]).toMatch(/^metric\s+n\s+value\s+unit\s+baseline\s+ratio$/);
    expect(new Set(t.map((l) => l.length)).size).toBe(1);
  });
});
