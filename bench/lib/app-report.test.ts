import { describe, expect, it } from 'vitest';
import { reportCounts } from './app-report.js';

describe('reportCounts', () => {
  it('reads the three counts of the import report', () => {
    expect(reportCounts('Import finished 13 articles imported · 2 duplicates · 1 failure ✕')).toEqual({ imported: 13, duplicates: 2, failures: 1 });
    expect(reportCounts('1 article imported · 1 duplicate · 0 failures')).toEqual({ imported: 1, duplicates: 1, failures: 0 });
  });
  it('gives 0 for a part the report leaves out', () => {
    expect(reportCounts('1000 articles imported')).toEqual({ imported: 1000, duplicates: 0, failures: 0 });
  });
});
