import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSERS } from './configuration.js';
import { extractMentions } from './index.js';
import { DOLLAR_PREFIXES } from './lexicon/currencies.js';
import { FRACTION_WORDS, GROUP_WORDS, SCALE_WORDS, VAGUE_MULTIPLIERS } from './lexicon/number-words.js';
import { tokenize } from './tokenizer.js';
import { isTrigger } from './triggers.js';
import type { Context } from './types.js';

// The conditional trigger words (decision 0019) next to every word their conditions name, and to others.
const words = ['a', 'an', 'A', 'An', 'from', 'between', 'From', ...Object.keys(DOLLAR_PREFIXES), 'US', 'HK', 'S', 'NZ', 'C', ...Object.keys(GROUP_WORDS),
  ...Object.keys(SCALE_WORDS), ...Object.keys(FRACTION_WORDS), ...Object.keys(VAGUE_MULTIPLIERS), 'one', 'two', 'twenty', 'hundreds', 'tens',
  'thousands', 'dozens', 'minus', 'June', 'third', 'second', 'decade', 'century', 'sixfold', 'year', 'old', 'of', 'to', 'and', 'or', 'up', 'the',
  'people', 'votes', 'vote', 'unanimously', 'rose', 'cut', 'percent', 'km', 'dollars', 'RM', 'PS', 'Rs', 'USD', 'Y'];
const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('5', '1,200', '3.5', '2021', '30', '$', '€', '£', '-', '−', '+', '(', ')', '%', '½', '=', '.', ','));
const glue = fc.constantFrom(' ', ' ', '');
const joined = (a: [string, string][]) => a.map(([p, g]) => p + g).join('');
const short = fc.constantFrom('of', 'the', 'a', '5', '2021', 'million', 'people', 'hundred', '-', '$', 'to', 'and', 'old', 'year', ',', '.');
// free text, and a conditional word right before a word of its condition with a short tail, where the readings are
const texts = fc.oneof(
  fc.array(fc.tuple(piece, glue), { minLength: 1, maxLength: 10 }).map(joined),
  fc.tuple(fc.constantFrom('a', 'an', 'A', 'from', 'between', 'US', 'S', 'HK'), glue, piece, glue, fc.array(fc.tuple(short, glue), { maxLength: 4 }))
    .map(([w, g1, p, g2, tail]) => w + g1 + p + g2 + joined(tail)),
);

function context(text: string): Context {
  const tokens = tokenize(text);
  return { text, tokens, sentenceTokens: () => [0, tokens.length], debug: () => {} };
}

describe('trigger tokens (decision 0019)', () => {
  it('no parser matches at a token that is not a trigger', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ctx = context(text);
        ctx.tokens.forEach((t, i) => {
          if (isTrigger(ctx.tokens, i)) return;
          for (const p of PARSERS) expect(p.parse(ctx, i), `${p.name} at "${t.text}" in "${text}"`).toBeNull();
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('the conditional words still start the readings they exist for', () => {
    for (const [text, surface] of [['a million people', 'a million'], ['a third of them', 'a third'], ['a few hundred homes', 'a few hundred'],
      ['from 5 to 7 miles', 'from 5 to 7 miles'], ['between 500 and 600 people', 'between 500 and 600'], ['US$5 million', 'US$5 million'],
      ['A$5 billion', 'A$5 billion'], ['a dozen eggs', 'a dozen']] as const) {
      expect(extractMentions(text, 't').map((m) => m.text), text).toContain(surface);
    }
    const at = (text: string, w: string) => isTrigger(tokenize(text), tokenize(text).findIndex((t) => t.text === w));
    expect(at('from $30 billion to $40 billion', 'from')).toBe(true);
    expect(at('between five and six', 'between')).toBe(true);
    expect(at('from -3 to 5 degrees', 'from')).toBe(true);
    expect(at('a new report', 'a')).toBe(false);
    expect(at('from the city', 'from')).toBe(false);
    expect(at('the U.S. budget', 'S')).toBe(false);
    expect(at('the 1990s', 's')).toBe(false);
  });
});
