// MinHash + banded LSH over word 5-shingles (parameters from perf-anchors §5: K=128, 32 bands x 4 rows,
// S-curve threshold ~0.42). Finds near copies in near-linear time; paraphrases go through the sentence index.
import { combine, fmix32, fnv1a } from './hash.js';

export const K = 128;
export const BANDS = 32;
const ROWS = K / BANDS;
const SEEDS = Array.from({ length: K }, (_, i) => fmix32((i + 1) * 0x9e3779b1));

/** Unique 32-bit hashes of the word n-shingles of a token list, sorted (typed sort + in-place dedupe, no Set). */
export function shingles(tokens: string[], n = 5): Uint32Array {
  const th = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) th[i] = fnv1a(tokens[i]!);
  if (th.length === 0) return new Uint32Array(0);
  if (th.length < n) return Uint32Array.of(th.reduce((h, x) => combine(h, x), 0));
  const out = new Uint32Array(th.length - n + 1);
  for (let i = 0; i + n <= th.length; i++) {
    let h = th[i]!;
    for (let j = 1; j < n; j++) h = combine(h, th[i + j]!);
    out[i] = h;
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[m - 1]) out[m++] = out[i]!;
  return out.slice(0, m);
}

export function signature(sh: Uint32Array): Uint32Array {
  // Signed 32-bit arithmetic throughout keeps V8 on small integers (values above 2^31 as doubles are ~10x slower);
  // min over signed values is as good a permutation minimum as over unsigned ones.
  const sig = new Int32Array(K).fill(0x7fffffff);
  const seeds = SEEDS_I32;
  for (let s = 0; s < sh.length; s++) {
    const x = sh[s]! | 0;
    for (let i = 0; i < K; i++) {
      let h = x ^ seeds[i]!;
      h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return new Uint32Array(sig.buffer);
}
const SEEDS_I32 = Int32Array.from(SEEDS);

/** Exact Jaccard of two sorted unique hash arrays (merge intersection). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { inter++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  const union = a.length + b.length - inter;
  return union ? inter / union : 0;
}

/** Candidate index pairs (i<j) sharing at least one LSH band bucket. Empty documents never match. */
export function lshCandidates(sigs: (Uint32Array | null)[]): Array<[number, number]> {
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = sigs.length;
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<number, number[]>();
    for (let d = 0; d < n; d++) {
      const sig = sigs[d];
      if (!sig) continue;
      let key = b;
      for (let r = 0; r < ROWS; r++) key = combine(key, sig[b * ROWS + r]!);
      const list = buckets.get(key);
      if (list) list.push(d); else buckets.set(key, [d]);
    }
    for (const list of buckets.values()) {
      // A bucket shared by very many documents is boilerplate, not reuse: skip it to stay near-linear.
      if (list.length < 2 || list.length > 50) continue;
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const key = list[x]! * n + list[y]!;
          if (!seen.has(key)) { seen.add(key); out.push([list[x]!, list[y]!]); }
        }
    }
  }
  return out;
}
