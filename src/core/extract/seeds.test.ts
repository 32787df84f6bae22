/**
 * Every quote in ../shared/corpus/seeds/expected.json must be covered by an extracted mention with the expected
 * value and qualifier (files read raw; offsets into the raw file). "voted unanimously" has no number in the text:
 * it is covered by a unanimous tally (value null) — see docs/extraction.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions } from './index.js';

const DIR = join(process.cwd(), '..', 'shared', 'corpus', 'seeds');
interface Expected { quantities: { id: string; mentions: { file: string; quote: string; value: number; qualifier: string; unit?: string }[] }[] }

describe.skipIf(!existsSync(join(DIR, 'expected.json')))('seed articles', () => {
  const exp = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Expected;
  const cache = new Map<string, { text: string; ms: ReturnType<typeof extractMentions> }>();
  const get = (file: string) => {
    if (!cache.has(file)) {
      const text = readFileSync(join(DIR, file), 'utf8');
      cache.set(file, { text, ms: extractMentions(text, file) });
    }
    return cache.get(file)!;
  };
  const cases = exp.quantities.flatMap((q) => q.mentions.map((m) => ({ ...m, id: q.id })));
  it.each(cases)('$id: $quote', (c) => {
    const { text, ms } = get(c.file);
    const qs = text.indexOf(c.quote);
    expect(qs).toBeGreaterThanOrEqual(0);
    const qe = qs + c.quote.length;
    const hits = ms.filter((m) => m.start < qe && m.end > qs);
    const ok = hits.find((m) => m.qualifier === c.qualifier && (m.value === c.value || (m.tally?.unanimous === true && m.value === null)));
    expect(ok, JSON.stringify(hits.map((h) => [h.text, h.value, h.qualifier]))).toBeDefined();
    if (c.unit) expect(ok!.unit).toBe(c.unit);
  });
});
