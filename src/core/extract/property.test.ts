import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions } from './index.js';

const pieces = fc.constantFrom('about', 'over', 'nearly', '$', '€', '1,200', '3.5', 'million', 'bn', '%', 'per cent', 'troops', 'between', 'and', 'to', '-', 'from', 'rose', 'fell', '2021', 'May', 'June 30,', 'voted', 'unanimously', '15-0', 'vote', 'two', 'twenty-five', 'a dozen', 'km2', 'square miles', '.', ',', '\n\n', '(', ')', 'U.N.', 'Dr.', '10-year', 'decade-old', '+1', '555-1234', '12:30', 'v2.0', 'https://a.b/1');
const sentence = fc.array(pieces, { maxLength: 30 }).map((a) => a.join(' '));

describe('extractMentions properties', () => {
  it('never throws on arbitrary strings; offsets always slice to the text; low ≤ value ≤ high', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), sentence), (text) => {
        const ms = extractMentions(text, 'p');
        for (const m of ms) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.id).toBe(`p:${m.start}`);
          if (m.value !== null && m.low !== null) expect(m.low).toBeLessThanOrEqual(m.value + 1e-9);
          if (m.value !== null && m.high !== null) expect(m.high).toBeGreaterThanOrEqual(m.value - 1e-9);
          if (m.low !== null && m.high !== null) expect(m.low).toBeLessThanOrEqual(m.high);
          expect(m.sentence.length === 0 || text.includes(m.sentence)).toBe(true);
        }
        for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
      }),
      { numRuns: 400 },
    );
  });
});
