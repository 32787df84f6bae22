// How alike two articles are as stories: TF-IDF cosine over their names and over all their content words, computed
// within the pool being sorted (so a word every article uses weighs little). Only pairs that share at least
// MIN_SHARED_NAMES names are compared: a story is told with its names, and text without capitalised names (or in a
// script without case) is never joined on topic words alone.
import type { ArticleTerms } from './terms.js';

/** Two articles of one story share at least this many names. */
export const MIN_SHARED_NAMES = 2;

type Vector = Map<string, number>;
/**
 * IDF is computed as if the pool sat in a larger collection of this many unrelated articles. Without it, in a pool of
 * three articles on one story every shared word has the lowest possible IDF and the three look unrelated; with it,
 * a word all three use still outweighs a word only one uses by far less than it would in a pool of thousands.
 */
const BACKGROUND = 50;

export interface PairSimilarity {
  a: number;
  b: number;
  /** Geometric mean of the names cosine and the words cosine, 0..1. */
  score: number;
  names: number;
  words: number;
}

function documentFrequency(maps: Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of maps) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}

/** Log-scaled counts times IDF, unit length. Terms of one article only still count in its length. */
function weigh(counts: Map<string, number>, df: Map<string, number>, n: number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [k, c] of counts) {
    const w = (1 + Math.log(c)) * Math.log(1 + (n + BACKGROUND) / (df.get(k) ?? 1));
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) {
    const x = large.get(k);
    if (x !== undefined) s += w * x;
  }
  return s;
}

export interface Weighted {
  names: Vector[];
  words: Vector[];
}

export function weighTerms(terms: ArticleTerms[]): Weighted {
  const n = terms.length;
  const dfNames = documentFrequency(terms.map((t) => t.names));
  const dfWords = documentFrequency(terms.map((t) => t.words));
  return {
    names: terms.map((t) => weigh(t.names, dfNames, n)),
    words: terms.map((t) => weigh(t.words, dfWords, n)),
  };
}

/**
 * Every pair that shares enough names, with its similarity. Candidates come from an inverted index on names, so
 * unrelated articles (most pairs in a large library) cost nothing.
 */
export function similarPairs(terms: ArticleTerms[], weighted: Weighted = weighTerms(terms)): PairSimilarity[] {
  const postings = new Map<string, number[]>();
  terms.forEach((t, i) => {
    for (const k of t.names.keys()) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  // Names used by most of a large pool ("Washington" in a US politics library) cannot tell stories apart; they
  // still count in the cosine, but do not make candidates on their own.
  const common = Math.max(8, Math.ceil(terms.length / 2));
  const shared = new Map<number, number>();
  const n = terms.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > common) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const out: PairSimilarity[] = [];
  for (const [key, count] of shared) {
    if (count < MIN_SHARED_NAMES) continue;
    const a = Math.floor(key / n);
    const b = key % n;
    const names = cosine(weighted.names[a]!, weighted.names[b]!);
    const words = cosine(weighted.words[a]!, weighted.words[b]!);
    out.push({ a, b, names, words, score: Math.sqrt(names * words) });
  }
  return out;
}
