import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTerm, fuzzyTerms, mergeTerms, prefixRange } from './vocabulary.js';

/** Optimal string alignment distance, the textbook way. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const vocab = fc.uniqueArray(fc.stringMatching(/^[abcd]{1,7}$/), { maxLength: 60 }).map((a) => a.sort());

describe('sorted vocabulary', () => {
  it('finds exact terms and prefix ranges', () => {
    const terms = ['apple', 'apply', 'april', 'banana', 'band'];
    expect(findTerm(terms, 'april')).toBe(2);
    expect(findTerm(terms, 'apri')).toBe(-1);
    expect(prefixRange(terms, 'app')).toEqual([0, 2]);
    expect(prefixRange(terms, 'ban')).toEqual([3, 5]);
    expect(prefixRange(terms, 'z')).toEqual([5, 5]);
  });

  it('fuzzy search returns exactly the terms within the distance (against a brute-force check)', () => {
    fc.assert(fc.property(vocab, fc.stringMatching(/^[abcd]{1,6}$/), fc.integer({ min: 0, max: 2 }), (terms, q, k) => {
      const got = fuzzyTerms(terms, q, k).map(([i, d]) => [terms[i], d]);
      const want = terms.map((t) => [t, osa(t, q)] as const).filter(([, d]) => d <= k);
      expect(got).toEqual(want);
    }));
  });

  it('fuzzy search with a fixed first letter skips other initials', () => {
    fc.assert(fc.property(vocab, fc.stringMatching(/^[abcd]{2,6}$/), (terms, q) => {
      const got = fuzzyTerms(terms, q, 2, 1).map(([i]) => terms[i]);
      expect(got).toEqual(terms.filter((t) => t[0] === q[0] && osa(t, q) <= 2));
    }));
  });

  it('counts a swap of two adjacent letters as one edit', () => {
    expect(fuzzyTerms(['hospital'], 'hosiptal', 1)).toEqual([[0, 1]]);
  });

  it('merges two vocabularies with index maps', () => {
    const { terms, mapA, mapB } = mergeTerms(['a', 'c', 'e'], ['b', 'c', 'f']);
    expect(terms).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect([...mapA]).toEqual([0, 2, 3]);
    expect([...mapB]).toEqual([1, 2, 4]);
  });
});
