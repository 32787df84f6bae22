import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/index.js';
import { extractMentions } from '../extract/index.js';
import { FeatureTables, featuresOf } from './features.js';

const mention = (id: string, text: string, value: number, sentence: string, articleId = 'a1'): Mention => ({
  id, articleId, text, value, kind: 'count', unit: null, qualifier: 'exact', low: null, high: null,
  start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, sentence,
} as unknown as Mention);

describe('FeatureTables sharing (decision 0037)', () => {
  it('gives mentions with equal bounds and equal context one interval and one context record', () => {
    const t = new FeatureTables();
    const s1 = 'Officials in Lagos said 4,300 people were evacuated.', s2 = 'Officials in Lagos said 4,300 people were moved.';
    const a = featuresOf(mention('a1:1', '4,300', 4300, s1), s1, t);
    const b = featuresOf(mention('a2:1', '4,300', 4300, s2, 'a2'), s2, t);
    expect(b.loose).toBe(a.loose);
    expect(b.strict).toBe(a.strict);
    expect(b.ctx).toBe(a.ctx);
    expect(a.ctx.names).toContain('lagos');
    const c = featuresOf(mention('a3:1', '4,400', 4400, s1, 'a3'), s1, t);
    expect(c.loose).not.toBe(a.loose);
    expect(c.loose![0]).toBeGreaterThan(a.loose![0]);
  });
  it('keeps an interval holding -0 unshared, so its sign survives', () => {
    const t = new FeatureTables();
    expect(t.interval([-0, 0])).not.toBe(t.interval([0, 0]));
    expect(Object.is(t.interval([-0, 0])![0], -0)).toBe(true);
    expect(t.interval([1, 2])).toBe(t.interval([1, 2]));
    expect(t.interval(null)).toBeNull();
  });
});

describe('FeatureTables stems and distances (decision 0038)', () => {
  it('keeps each stem with its distance in the flat arrays, across growth, and refuses a distance a byte cannot hold', () => {
    const t = new FeatureTables();
    for (let k = 0; k < 3000; k++) t.addWords(new Map([[`w${k % 7}`, k % 11], ['same', 0]]));
    expect(t.count).toBe(3000);
    expect(t.off[3000]).toBe(6000);
    // Mention 2999: its words in insertion order, distances as given (up to the window of 10).
    const from = t.off[2999]!;
    expect([t.dist[from], t.dist[from + 1]]).toEqual([2999 % 11, 0]);
    expect(t.ids[from + 1]).toBe(t.ids[t.off[0]! + 1]);
    expect(() => t.addWords(new Map([['far', 256]]))).toThrow(RangeError);
  });
});

describe('what a sum is of, and the bound of "over" (decision 0015)', () => {
  const feat = (sentence: string, text: string) => {
    const m = extractMentions(sentence, 'a').find((x) => x.text.includes(text))!;
    return featuresOf(m, sentence, new FeatureTables());
  };
  it('reads the object after a value noun ("$X worth of televisions" → television), not the value noun', () => {
    expect(feat('He bought $10,977.74 worth of televisions at the store.', '10,977.74').noun?.lemma).toBe('television');
    // Without "of" the preposition rule stands: "$5,150 on fur capes".
    expect(feat('She spent $5,150 on fur capes.', '5,150').noun?.lemma).toBe('cape');
  });
  it('gives "over $10,000" no rounding slack below $10,000, but keeps it for a plain round figure', () => {
    expect(feat('The bill came to over $10,000 in all.', '10,000').loose![0]).toBe(10000);
    expect(feat('The bill came to $10,000 in all.', '10,000').loose![0]).toBeLessThan(10000);
  });
});
