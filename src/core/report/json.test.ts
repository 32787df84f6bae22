import { describe, expect, it } from 'vitest';
import { validator } from '../../../test/helpers/ajv.js';
import { jsonReport } from './json.js';
import { buildReport } from './model.js';
import { REPORT_JSON_SCHEMA } from './schemas/report.schema.js';
import { article, hostileCase } from './test-util.js';

const validate = validator(REPORT_JSON_SCHEMA);

describe('JSON report', () => {
  const f = hostileCase();

  it('validates against the published schema, with and without verdicts, orphans and long titles', () => {
    const gone = { ...f.verdicts[0]!, id: 'v-gone', quantityKeys: [{ hash: 'f'.repeat(64), start: 1, end: 5 }] };
    const long = article('l1', 'T'.repeat(10_000), null, 'Nothing here.');
    for (const input of [
      { ...f, selection: 'all' as const },
      { ...f, verdicts: [] },
      { ...f, verdicts: [...f.verdicts, gone], articles: [...f.articles, long] },
      { ...f, case: { id: 'c', name: '<b>Case</b>', description: 'x' } },
    ]) {
      const parsed = JSON.parse(jsonReport(buildReport(input)));
      expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('carries its format and version first, and the schema refuses another version or a missing field', () => {
    const parsed = JSON.parse(jsonReport(buildReport(f)));
    expect(Object.keys(parsed).slice(0, 2)).toEqual(['format', 'schemaVersion']);
    expect(parsed).toMatchObject({ format: 'crosscheck-report', schemaVersion: 1 });
    expect(validate({ ...parsed, schemaVersion: 2 })).toBe(false);
    const { claims: _omit, ...noClaims } = parsed;
    expect(validate(noClaims)).toBe(false);
    expect(validate({ ...parsed, claims: [{ ...parsed.claims[0], anchor: 'has space' }] })).toBe(false);
  });

  it('keeps source text as data: the hostile title is a plain JSON string', () => {
    const parsed = JSON.parse(jsonReport(buildReport(f)));
    expect(parsed.articles[1].title).toBe(f.articles[1]!.title);
  });
});
