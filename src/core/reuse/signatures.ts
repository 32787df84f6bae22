// Second candidate path, for paraphrases that defeat whole-document shingles: every sentence contributes
// signatures (pairs of nearby content stems, order-free). A signature found in few articles is "rare";
// article pairs that share many rare signatures become candidates. The document-frequency cut bounds the
// work per signature, so the pass stays near-linear (no all-pairs over articles).
import { combine, fnv1a } from './hash.js';
import { PairBuffer } from './minhash.js';
import type { Unit } from './sentences.js';

export interface SignatureOptions {
  /** Signatures found in more articles than this are topic vocabulary, not reuse. */
  maxDf: number;
  /** Distinct shared signatures needed to make an article pair a candidate. */
  minShared: number;
  /**
   * ... and at least this share of the rare signatures of the article that has fewer: two articles on one story
   * share a few rare pairs of words (a name and a place), a copy or paraphrase a good part of its sentences' pairs.
   */
  minShare: number;
}

export const DEFAULT_SIGNATURES: SignatureOptions = { maxDf: 12, minShared: 4, minShare: 0.2 };
const SAMPLE = 2;

/** Signatures of one sentence from its content-stem ids in order, appended to `into`. */
export function sentenceSignatures(stems: ArrayLike<number>, n: number, into: { push(x: number): void }): void {
  for (let i = 0; i < n; i++)
    for (let d = 1; d <= 2 && i + d < n; d++) {
      const x = stems[i]!, y = stems[i + d]!;
      if (x === y) continue;
      const sig = x < y ? combine(x, y) : combine(y, x);
      // Keep one signature in SAMPLE (by hash, so both articles keep the same ones): halves the index.
      if (sig % SAMPLE === 0) into.push(sig);
    }
}

/** Sorted, de-duplicated copy of the first `n` values (a document counts once per signature). */
export function sortedUnique(xs: Uint32Array, n: number): Uint32Array {
  return sortedUniqueInPlace(xs.slice(0, n), n);
}

/**
 * The same, sorting `xs` itself (a scratch buffer): one ArrayBuffer for the result instead of two per article
 * (decision 0088).
 */
export function sortedUniqueInPlace(xs: Uint32Array, n: number): Uint32Array {
  const s = xs.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[m - 1]) s[m++] = s[i]!;
  return s.slice(0, m);
}

const DOC = 2 ** 21;
/** The posting lists are built in this many slices of the signature space, so the packed array stays small. */
const SLICES = 8;

/**
 * Candidate pairs from each document's sorted signature set, appended to `out` as keys i * n + j (i < j).
 * For each slice of the hash space, (signature, document) pairs are packed into doubles (32 + 21 bits) and sorted,
 * so runs of one signature are its posting list; co-occurring documents are counted by sorting their pair keys.
 */
export function signaturePairs(perDoc: (Uint32Array | null)[], o: SignatureOptions, out: PairBuffer): void {
  const n = perDoc.length;
  if (n >= DOC) throw new RangeError('too many articles for one reuse pass');
  const cursor = new Uint32Array(n);
  /** Rare signatures (document frequency within maxDf) per document. */
  const rare = new Uint32Array(n);
  const co = new PairBuffer();
  for (let slice = 1; slice <= SLICES; slice++) {
    const end = slice === SLICES ? 2 ** 32 : slice * (2 ** 32 / SLICES);
    let count = 0;
    for (let d = 0; d < n; d++) {
      const s = perDoc[d];
      if (!s) continue;
      let c = cursor[d]!;
      while (c < s.length && s[c]! < end) c++;
      count += c - cursor[d]!;
    }
    const packed = new Float64Array(count);
    let k = 0;
    for (let d = 0; d < n; d++) {
      const s = perDoc[d];
      if (!s) continue;
      let c = cursor[d]!;
      while (c < s.length && s[c]! < end) packed[k++] = s[c++]! * DOC + d;
      cursor[d] = c;
    }
    packed.sort();
    for (let i = 0; i < count; ) {
      const sig = Math.floor(packed[i]! / DOC);
      let j = i + 1;
      while (j < count && Math.floor(packed[j]! / DOC) === sig) j++;
      const df = j - i;
      if (df <= o.maxDf) for (let x = i; x < j; x++) rare[packed[x]! % DOC]!++;
      if (df >= 2 && df <= o.maxDf)
        for (let x = i; x < j; x++) for (let y = x + 1; y < j; y++) co.push((packed[x]! % DOC) * n + (packed[y]! % DOC));
      i = j;
    }
  }
  const keys = co.sorted();
  for (let i = 0; i < keys.length; ) {
    let j = i + 1;
    while (j < keys.length && keys[j] === keys[i]) j++;
    const k = keys[i]!;
    if (j - i >= Math.max(o.minShared, o.minShare * Math.min(rare[Math.floor(k / n)]!, rare[k % n]!))) out.push(k);
    i = j;
  }
}

/** Candidate index pairs (i<j) from sentence units (as `splitUnits` makes them). */
export function signatureCandidates(units: Unit[][], o: SignatureOptions = DEFAULT_SIGNATURES): Array<[number, number]> {
  const perDoc = units.map((us) => {
    const raw: number[] = [];
    for (const u of us) { const h = u.stems.map(fnv1a); sentenceSignatures(h, h.length, raw); }
    return sortedUnique(Uint32Array.from(raw), raw.length);
  });
  const buf = new PairBuffer();
  signaturePairs(perDoc, o, buf);
  const n = units.length;
  return [...buf.unique()].map((k) => [Math.floor(k / n), k % n]);
}
