/**
 * Term lookups over a sorted array of terms: exact, prefix and edit-distance (fuzzy). The sorted array is the
 * compact form of a trie: terms sharing a prefix are adjacent, so the fuzzy search walks it like a trie (one
 * Levenshtein row per prefix character, rows shared with the previous term) and skips every term under a prefix
 * that is already too far away. A plain array of strings costs a few bytes per term and loads without a rebuild.
 */

/** Index of `term` in `terms`, or -1. */
export function findTerm(terms: readonly string[], term: string): number {
  const i = lowerBound(terms, term);
  return i < terms.length && terms[i] === term ? i : -1;
}

/** First index whose term is ≥ `key`. */
export function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [from, to) of the terms that start with `prefix`. */
export function prefixRange(terms: readonly string[], prefix: string, from = 0): [number, number] {
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const start = lo;
  // Every term with the prefix sorts before prefix + U+FFFF.
  const limit = prefix + '\uffff';
  hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return [start, lo];
}

/**
 * Terms within `maxDistance` edits of `query`, as [index, distance] pairs in term order. Edits are insertions,
 * deletions, substitutions and swaps of two adjacent letters ("hosiptal" is one edit from "hospital": optimal
 * string alignment distance). The first `fixedPrefix` characters must match exactly: with two edits allowed, a
 * free first letter makes almost every short prefix of a large vocabulary worth walking into.
 */
export function fuzzyTerms(terms: readonly string[], query: string, maxDistance: number, fixedPrefix = 0): [number, number][] {
  const out: [number, number][] = [];
  const m = query.length;
  const k = maxDistance;
  // Every value above k means "too far": cells are capped at k + 1, and only the diagonal band |i - j| <= k is
  // computed (a cell outside it is at least k + 1 away), which makes a row cost 2k + 1 cells instead of m.
  const cap = k + 1;
  const q = Array.from({ length: m }, (_, j) => query.charCodeAt(j));
  const [from, to] = fixedPrefix > 0 ? prefixRange(terms, query.slice(0, fixedPrefix)) : [0, terms.length];
  // rows[L] is the distance row after the first L characters of `prev`.
  const rows: Int32Array[] = [Int32Array.from({ length: m + 2 }, (_, j) => Math.min(j, cap))];
  let prev = '';
  let i = from;
  while (i < to) {
    const t = terms[i]!;
    let cp = 0;
    const lim = Math.min(prev.length, t.length);
    while (cp < lim && prev.charCodeAt(cp) === t.charCodeAt(cp)) cp++;
    let pruned = -1;
    for (let d = cp; d < t.length; d++) {
      const L = d + 1;
      const above = rows[d]!;
      const twoUp = d > 0 ? rows[d - 1]! : null;
      const row = rows[L] ?? (rows[L] = new Int32Array(m + 2));
      const c = t.charCodeAt(d);
      const cPrev = d > 0 ? t.charCodeAt(d - 1) : -1;
      const lo = Math.max(1, L - k);
      const hi = Math.min(m, L + k);
      row[0] = Math.min(L, cap);
      if (lo > 1) row[lo - 1] = cap;
      let min = L <= k ? row[0] : cap;
      for (let j = lo; j <= hi; j++) {
        let v = above[j - 1]! + (q[j - 1] === c ? 0 : 1);
        if (above[j]! + 1 < v) v = above[j]! + 1;
        if (row[j - 1]! + 1 < v) v = row[j - 1]! + 1;
        if (twoUp && j > 1 && q[j - 1] === cPrev && q[j - 2] === c && twoUp[j - 2]! + 1 < v) v = twoUp[j - 2]! + 1;
        if (v > cap) v = cap;
        row[j] = v;
        if (v < min) min = v;
      }
      if (hi < m) row[hi + 1] = cap;
      if (min > k) {
        pruned = L;
        break;
      }
    }
    if (pruned < 0) {
      const dist = Math.abs(t.length - m) <= k ? rows[t.length]![m]! : cap;
      if (dist <= k) out.push([i, dist]);
      prev = t;
      i++;
    } else {
      // Nothing under this prefix can come back within range: jump past all of it.
      const p = t.slice(0, pruned);
      prev = p;
      i = skipPrefix(terms, p, i, to);
    }
  }
  return out;
}

/**
 * First index after `i` (where terms[i] starts with `p`) whose term does not start with `p`, below `to`. Galloping:
 * most pruned subtrees are small, so this costs a few comparisons where a binary search over the whole range would
 * cost twenty.
 */
function skipPrefix(terms: readonly string[], p: string, i: number, to: number): number {
  let step = 1;
  let lo = i;
  while (lo + step < to && terms[lo + step]!.startsWith(p)) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(to, lo + step);
  // terms[lo] starts with p; terms[hi] (if < to) does not.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]!.startsWith(p)) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Merge two sorted, duplicate-free term arrays; returns the union and, for each input, old index → new index. */
export function mergeTerms(a: readonly string[], b: readonly string[]): { terms: string[]; mapA: Uint32Array; mapB: Uint32Array } {
  const terms: string[] = [];
  const mapA = new Uint32Array(a.length);
  const mapB = new Uint32Array(b.length);
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      mapA[i++] = terms.length;
      terms.push(x!);
    } else if (x === undefined || y < x) {
      mapB[j++] = terms.length;
      terms.push(y);
    } else {
      mapA[i++] = terms.length;
      mapB[j++] = terms.length;
      terms.push(x);
    }
  }
  return { terms, mapA, mapB };
}
