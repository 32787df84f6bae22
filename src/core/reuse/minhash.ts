// MinHash + banded LSH over word 5-shingles: K=128 values in 32 bands x 4 rows (S-curve threshold ~0.42, as in
// perf-anchors §5). The signature is a one-permutation MinHash (one hash per shingle picks a bucket and a value,
// each bucket keeps its minimum; empty buckets borrow from the next filled one, "rotation densification"), so a
// shingle costs one hash instead of K. Finds near copies in near-linear time; paraphrases go through the sentence
// signatures (signatures.ts).
import { combine, fmix32, fnv1a } from './hash.js';

export const K = 128;
export const BANDS = 32;
const ROWS = K / BANDS;
const BUCKET_SHIFT = 32 - Math.log2(K);
const EMPTY = 0xffffffff;

/** Hash of the word n-shingle ending at the newest of `last` (a ring of the last n token hashes, oldest first at `head`). */
function windowHash(ring: Uint32Array, head: number, n: number): number {
  let h = ring[head]!;
  for (let j = 1; j < n; j++) h = combine(h, ring[(head + j) % n]!);
  return h;
}

/** Streams token hashes into their 5-shingle hashes (the same hashes `shingles` returns, unsorted, with repeats). */
export class ShingleStream {
  private ring: Uint32Array;
  private count = 0;
  private short = 0;
  constructor(private readonly emit: (h: number) => void, private readonly n = 5) { this.ring = new Uint32Array(n); }
  /** Starts a new document (the sketch pass reuses one stream for every article). */
  reset(): void { this.count = 0; this.short = 0; }
  push(tokenHash: number): void {
    const n = this.n;
    this.ring[this.count % n] = tokenHash;
    if (this.count < n) this.short = combine(this.short, tokenHash);
    this.count++;
    if (this.count >= n) this.emit(windowHash(this.ring, this.count % n, n));
  }
  /** A document shorter than one shingle is one hash of all its tokens. */
  end(): void {
    if (this.count > 0 && this.count < this.n) this.emit(this.short);
  }
}

/** Unique 32-bit hashes of the word n-shingles of a token list, sorted (typed sort + in-place dedupe, no Set). */
export function shingles(tokens: string[], n = 5): Uint32Array {
  return shingleSet(Uint32Array.from(tokens, fnv1a), n);
}

export function shingleSet(tokenHashes: ArrayLike<number>, n = 5): Uint32Array {
  const out = new Uint32Array(Math.max(1, tokenHashes.length - n + 1));
  let m = 0;
  const s = new ShingleStream((h) => { out[m++] = h; }, n);
  for (let i = 0; i < tokenHashes.length; i++) s.push(tokenHashes[i]!);
  s.end();
  const sorted = out.subarray(0, m).sort();
  let u = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[u - 1]) sorted[u++] = sorted[i]!;
  return out.slice(0, u);
}

/** One-permutation MinHash of a stream of shingle hashes. */
export class MinHasher {
  private mins = new Uint32Array(K).fill(EMPTY);
  private filled = 0;
  /** Starts a new document: one hasher serves every article of a sketch pass (no buffer per article; decision 0088). */
  reset(): void { this.mins.fill(EMPTY); this.filled = 0; }
  add(x: number): void {
    const b = fmix32((x ^ 0x5bd1e995) >>> 0) >>> BUCKET_SHIFT;
    const v = fmix32((x ^ 0x27d4eb2f) >>> 0);
    const cur = this.mins[b]!;
    if (cur === EMPTY) this.filled++;
    if (v < cur) this.mins[b] = v;
  }
  /** The K-value signature, or null for a document without shingles. */
  finish(): Uint32Array | null {
    return this.filled === 0 ? null : this.finishInto(new Uint32Array(K));
  }
  /** Writes the signature into `sig` (K values, e.g. a view of one buffer for all articles) and returns it; null as finish. */
  finishInto(sig: Uint32Array): Uint32Array | null {
    if (this.filled === 0) return null;
    const m = this.mins;
    for (let i = 0; i < K; i++) {
      if (m[i] !== EMPTY) { sig[i] = m[i]!; continue; }
      let t = 1;
      while (m[(i + t) % K] === EMPTY) t++;
      sig[i] = combine(m[(i + t) % K]!, t);
    }
    return sig;
  }
}

export function signature(sh: Uint32Array): Uint32Array {
  const mh = new MinHasher();
  for (let i = 0; i < sh.length; i++) mh.add(sh[i]!);
  return mh.finish() ?? new Uint32Array(K).fill(EMPTY);
}

/** Exact Jaccard of two sorted unique hash arrays (merge intersection). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { inter++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  const union = a.length + b.length - inter;
  return union ? inter / union : 0;
}

/** Share of equal signature values: an estimate of the Jaccard similarity of the two shingle sets. */
export function agreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < K; i++) if (a[i] === b[i]) same++;
  return same / K;
}

/** A bucket shared by more documents than this is boilerplate, not reuse: skipped, to stay near-linear. */
const MAX_BUCKET = 50;
const DOC = 2 ** 21;

/**
 * Candidate document pairs sharing at least one LSH band bucket, appended to `out` as keys i * n + j (i < j; may
 * repeat). Per band the (bucket key, document) pairs are packed into one double and sorted: runs are buckets.
 */
export function lshPairs(sigs: (Uint32Array | null)[], out: PairBuffer): void {
  const n = sigs.length;
  if (n >= DOC) throw new RangeError('too many articles for one reuse pass');
  const packed = new Float64Array(n);
  for (let b = 0; b < BANDS; b++) {
    let m = 0;
    for (let d = 0; d < n; d++) {
      const sig = sigs[d];
      if (!sig) continue;
      let key = b;
      for (let r = 0; r < ROWS; r++) key = combine(key, sig[b * ROWS + r]!);
      packed[m++] = key * DOC + d;
    }
    const keys = packed.subarray(0, m).sort();
    for (let i = 0; i < m; ) {
      const bucket = Math.floor(keys[i]! / DOC);
      let j = i + 1;
      while (j < m && Math.floor(keys[j]! / DOC) === bucket) j++;
      if (j - i >= 2 && j - i <= MAX_BUCKET)
        for (let x = i; x < j; x++) for (let y = x + 1; y < j; y++) out.push((keys[x]! % DOC) * n + (keys[y]! % DOC));
      i = j;
    }
  }
}

/** Candidate index pairs (i<j) sharing at least one LSH band bucket. Empty documents never match. */
export function lshCandidates(sigs: (Uint32Array | null)[]): Array<[number, number]> {
  const buf = new PairBuffer();
  lshPairs(sigs, buf);
  return [...buf.unique()].map((k) => [Math.floor(k / sigs.length), k % sigs.length]);
}

/** A growable buffer of pair keys (doubles), sorted and de-duplicated at the end. */
export class PairBuffer {
  private a = new Float64Array(1 << 12);
  length = 0;
  push(k: number): void {
    if (this.length === this.a.length) { const g = new Float64Array(this.a.length * 2); g.set(this.a); this.a = g; }
    this.a[this.length++] = k;
  }
  /** Sorted keys, repeats kept. */
  sorted(): Float64Array { return this.a.subarray(0, this.length).sort(); }
  unique(): Float64Array {
    const s = this.sorted();
    let m = 0;
    for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[m - 1]) s[m++] = s[i]!;
    return s.subarray(0, m);
  }
}
