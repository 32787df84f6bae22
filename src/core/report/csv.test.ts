import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvReport, CSV_COLUMNS } from './csv.js';
import { csvField } from './escape.js';
import { buildReport } from './model.js';
import { HOSTILE, hostileCase } from './test-util.js';

describe('CSV report', () => {
  const f = hostileCase();
  const gone = { ...f.verdicts[0]!, id: 'v-gone', label: '@SUM(A1:A9)', quantityKeys: [{ hash: 'f'.repeat(64), start: 1, end: 5 }] };
  const model = buildReport({ ...f, verdicts: [...f.verdicts, gone], selection: 'all' });
  const csv = csvReport(model);
  const rows: string[][] = parse(csv, { bom: true, relax_quotes: false, relax_column_count: false });

  it('is RFC 4180: CRLF records, a header, one row per statistic and source statement, plus orphaned verdicts', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const mentions = model.claims.reduce((n, c) => n + c.values.length, 0);
    expect(rows.length - 1).toBe(mentions + 1);
    expect(rows.at(-1)![CSV_COLUMNS.indexOf('status')]).toBe('orphaned');
  });

  it('neutralises text that a spreadsheet would run as a formula, and only text', () => {
    const col = (name: (typeof CSV_COLUMNS)[number]) => rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf(name)]!);
    expect(col('source')).toContain(`'${HOSTILE.outlet}`);
    expect(col('label')).toContain("'@SUM(A1:A9)");
    for (const row of rows.slice(1)) {
      for (const [i, cell] of row.entries()) {
        const numeric = ['statistic', 'independent_sources', 'rating_value', 'accepted_low', 'accepted_high', 'value', 'low', 'high'].includes(CSV_COLUMNS[i]!);
        if (!numeric) expect(cell, `${CSV_COLUMNS[i]}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    // A sentence that starts harmlessly keeps its inner "-1+2" as written.
    expect(col('sentence').some((s) => s.startsWith('<iframe') && s.includes('-1+2'))).toBe(true);
    expect(col('value')).toContain('3000');
  });

  it('round-trips quotes, commas and line breaks in fields', () => {
    for (const text of ['say "no", twice', 'line one\r\nline two', 'plain', '=cmd|\'/C calc\'!A0', '\tTAB', '-1', '+1', '']) {
      const out: string[][] = parse(`${csvField(text)}\r\n`, { relax_quotes: false });
      const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      expect(out[0]![0]).toBe(expected);
    }
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('says "not yet decided" for a statistic without a verdict', () => {
    const bare: string[][] = parse(csvReport(buildReport({ ...f, verdicts: [] })), { bom: true });
    expect(bare.slice(1).every((r) => r[CSV_COLUMNS.indexOf('verdict')] === 'not yet decided')).toBe(true);
  });
});
