import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../configuration.js';
import { tokenize } from '../tokenizer.js';
import type { Context } from '../types.js';

/** A bare Context over the tokens (one sentence): enough for a parser, which reads tokens only. */
function context(text: string): Context {
  const tokens = tokenize(text);
  return { text, tokens, sentenceTokens: () => [0, tokens.length], debug: () => {} };
}

// Numbers, signs, symbols and the words the parsers read, in shapes that make each parser match somewhere.
const pieces = fc.constantFrom('+1', '425', '882', '8080', '(555)', '123-4567', '12:01', 'a.m.', '3pm', '4.2.1', 'version', '2.0', 'June', '30',
  ',', '2023', '30/06/2023', '15-0', 'vote', 'voted', 'unanimously', 'unanimous', '13,000-strong', '10-year', '55-year-old', 'decade-old',
  'sixfold', 'between', '500', 'and', '600', 'from', 'to', '$', '€', '£', '-', '−', '25-40%', 'four', 'five', 'thousand', 'or', 'three',
  'years', '1990s', 'AD', '800', 'BC', 'one-third', 'two-thirds', 'of', 'one', 'out', '10th', 'second', 'the', 'several', 'hundred',
  'tens', 'thousands', 'a', 'few', 'dozen', '½', '⅔', 'million', 'bn', 'percent', 'km', 'minus', 'US', 'RM', '23.50', 'x', '10^6');
const texts = fc.array(pieces, { minLength: 1, maxLength: 12 }).map((a) => a.join(' '));

describe('parser start kinds (decision 0019)', () => {
  it('a parser returns null at every token of a kind it does not declare', () => {
    const declared = PARSERS.filter((p) => p.startsAt);
    expect(declared.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(texts, (text) => {
        const ctx = context(text);
        ctx.tokens.forEach((t, i) => {
          for (const p of declared) if (!p.startsAt!.includes(t.kind as 'num')) expect(p.parse(ctx, i), `${p.name} at "${t.text}" in "${text}"`).toBeNull();
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('the declared kinds are reached: each parser matches at a token of a declared kind in these texts', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(texts, (text) => {
      const ctx = context(text);
      ctx.tokens.forEach((t, i) => { for (const p of PARSERS) if (p.parse(ctx, i)) seen.add(`${p.name}@${t.kind}`); });
    }), { numRuns: 2000 });
    for (const p of PARSERS.filter((q) => q.startsAt)) for (const k of p.startsAt!) expect(seen.has(`${p.name}@${k}`), `${p.name}@${k}`).toBe(true);
  });
});
