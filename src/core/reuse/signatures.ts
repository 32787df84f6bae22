// Second candidate path, for paraphrases that defeat whole-document shingles: every sentence contributes
// signatures (pairs of nearby content stems, order-free). A signature found in few articles is "rare";
// article pairs that share many rare signatures become candidates. The document-frequency cut bounds the
// work per signature, so the pass stays near-linear (no all-pairs over articles).
import { combine, fnv1a } from './hash.js';
import type { Unit } from './sentences.js';

export interface SignatureOptions {
  /** Signatures found in more articles than this are topic vocabulary, not reuse. */
  maxDf: number;
  /** Distinct shared signatures needed to make an article pair a candidate. */
  minShared: number;
}

export const DEFAULT_SIGNATURES: SignatureOptions = { maxDf: 12, minShared: 4 };
const SAMPLE = 2;

function sentenceSignatures(stems: string[], into: number[]): void {
  const h = stems.map(fnv1a);
  for (let i = 0; i < h.length; i++)
    for (let d = 1; d <= 2 && i + d < h.length; d++) {
      const x = h[i]!, y = h[i + d]!;
      if (x === y) continue;
      const sig = x < y ? combine(x, y) : combine(y, x);
      // Keep one signature in SAMPLE (by hash, so both articles keep the same ones): halves the index.
      if (sig % SAMPLE === 0) into.push(sig);
    }
}

export function signatureCandidates(units: Unit[][], o: SignatureOptions = DEFAULT_SIGNATURES): Array<[number, number]> {
  const n = units.length;
  // One flat array of (signature, document) packed into a double (32 + 21 bits), sorted: runs of one signature
  // are its posting list. Far cheaper than a Map of arrays at 10k articles.
  const DOC = 2 ** 21;
  if (n >= DOC) throw new RangeError('too many articles for one reuse pass');
  let total = 0;
  const perDoc: Uint32Array[] = [];
  for (let d = 0; d < n; d++) {
    const raw: number[] = [];
    for (const u of units[d]!) sentenceSignatures(u.stems, raw);
    const sorted = Uint32Array.from(raw).sort();
    let m = 0; // de-duplicate in place: a document counts once per signature
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[m++] = sorted[i]!;
    const arr = sorted.subarray(0, m);
    perDoc.push(arr);
    total += arr.length;
  }
  const packed = new Float64Array(total);
  let k = 0;
  for (let d = 0; d < n; d++) for (const s of perDoc[d]!) packed[k++] = s * DOC + d;
  packed.sort();
  // Pair keys go to a flat typed buffer, sorted and counted by runs (cheaper than a Map of counters).
  let pairs = new Float64Array(1 << 16);
  let np = 0;
  for (let i = 0; i < total; ) {
    const sig = Math.floor(packed[i]! / DOC);
    let j = i + 1;
    while (j < total && Math.floor(packed[j]! / DOC) === sig) j++;
    const df = j - i;
    if (df >= 2 && df <= o.maxDf)
      for (let x = i; x < j; x++)
        for (let y = x + 1; y < j; y++) {
          if (np === pairs.length) { const grown = new Float64Array(pairs.length * 2); grown.set(pairs); pairs = grown; }
          pairs[np++] = (packed[x]! % DOC) * n + (packed[y]! % DOC);
        }
    i = j;
  }
  const keys = pairs.subarray(0, np).sort();
  const out: Array<[number, number]> = [];
  for (let i = 0; i < np; ) {
    let j = i + 1;
    while (j < np && keys[j] === keys[i]) j++;
    if (j - i >= o.minShared) out.push([Math.floor(keys[i]! / n), keys[i]! % n]);
    i = j;
  }
  return out;
}
