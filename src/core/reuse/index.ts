// Text reuse between articles (copies and close paraphrases), near-linear in the number of articles and with memory
// bounded per article: one streaming pass keeps only a compact sketch of each article (MinHash signature + rare
// sentence signatures); two candidate generators (MinHash/LSH on word 5-shingles; shared rare sentence signatures)
// pick article pairs; the sentence alignment then rescans only the articles of candidate pairs, in pair order, and
// drops each one after its last pair. See docs/grouping.md and decision 0030.
import type { Reuse, ReusePair } from '../model/index.js';
import { align, DEFAULT_ALIGN, round, type AlignOptions } from './align.js';
import { Lexicon } from './lexicon.js';
import { agreement, jaccard, K, lshPairs, PairBuffer } from './minhash.js';
import { scanUnits, Scratch, sketch, type Units } from './scan.js';
import { DEFAULT_SIGNATURES, signaturePairs } from './signatures.js';

export interface ReuseOptions {
  /** Minimum share of the smaller article's sentences that align for a pair to be reported. */
  minScore?: number;
  /** Minimum number of aligned sentences for a pair to be reported. */
  minPairs?: number;
  /** Whole-document 5-shingle Jaccard that counts as a copy even if sentences split differently. */
  copyJaccard?: number;
  align?: Partial<AlignOptions>;
  /** For benchmarks: called at the end of each phase with its name (bench/lib/analyze-stages.ts). */
  onPhase?: (name: string) => void;
}

/** What one run did (for benchmarks and tests). */
export interface ReuseStats {
  articles: number;
  candidates: number;
  /** Articles scanned a second time for alignment (those in at least one candidate pair). */
  rescanned: number;
  /** Most articles whose alignment units were held at once. */
  peakHeld: number;
  /** LSH band collisions (repeats counted), the distinct pairs among them, those kept by signature agreement. */
  lsh?: number;
  lshUnique?: number;
  lshKept?: number;
  /** Candidate keys after the sentence-signature path added its pairs (repeats counted). */
  withSignatures?: number;
}

export const DEFAULT_MIN_SCORE = 0.35;
/** LSH candidates whose signatures agree on fewer values than this are not aligned. */
const MIN_AGREEMENT = 0.2;

export function detectReuse(articles: { id: string; text: string }[], options: ReuseOptions = {}, stats?: ReuseStats): Reuse[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const minPairs = options.minPairs ?? 3;
  const copyJ = options.copyJaccard ?? 0.5;
  const ao = { ...DEFAULT_ALIGN, ...options.align };
  const n = articles.length;
  const lex = new Lexicon();
  const sc = new Scratch();
  const phase = options.onPhase ?? (() => {});

  // 1. One pass: a sketch per article; the signatures are views of one buffer (decision 0088).
  const sigs: (Uint32Array | null)[] = new Array(n);
  const sents: (Uint32Array | null)[] = new Array(n);
  let sigBuffer: Uint32Array | null = new Uint32Array(n * K);
  for (let i = 0; i < n; i++) {
    const s = sketch(articles[i]!.text, lex, sc, ao.minStems, sigBuffer.subarray(i * K, (i + 1) * K));
    sigs[i] = s.sig; sents[i] = s.sents;
  }

  phase('r.sketch');
  // 2. Candidate pairs (keys i * n + j, i < j), sorted and unique; the sketches are no longer needed.
  // A band collision of two articles that share stock phrases only (estimated Jaccard well below the LSH threshold)
  // is dropped here: a pair that shares sentences is found again by its sentence signatures.
  const lsh = new PairBuffer();
  lshPairs(sigs, lsh);
  const buf = new PairBuffer();
  const lshRaw = lsh.length;
  let lshUnique = 0;
  for (const k of lsh.unique()) {
    lshUnique++;
    if (agreement(sigs[Math.floor(k / n)]!, sigs[k % n]!) >= MIN_AGREEMENT) buf.push(k);
  }
  const lshKept = buf.length;
  signaturePairs(sents, DEFAULT_SIGNATURES, buf);
  const withSignatures = buf.length;
  sigs.length = 0; sents.length = 0; sigBuffer = null;
  const cand = buf.unique();
  phase('r.candidates');

  // 3. Alignment, in pair order: each article's units are built at its first pair and dropped after its last.
  const uses = new Uint32Array(n);
  for (const k of cand) { uses[Math.floor(k / n)]!++; uses[k % n]!++; }
  const held = new Map<number, Units>();
  let rescanned = 0, peakHeld = 0;
  const unitsOf = (i: number) => {
    let u = held.get(i);
    if (!u) { u = scanUnits(articles[i]!.text, lex, sc, ao.minStems); held.set(i, u); rescanned++; peakHeld = Math.max(peakHeld, held.size); }
    return u;
  };
  const release = (i: number) => { if (--uses[i]! === 0) held.delete(i); };

  const out: Reuse[] = [];
  for (const key of cand) {
    const i = Math.floor(key / n), j = key % n;
    const a = articles[i]!, b = articles[j]!;
    if (a.id !== b.id) {
      const ua = unitsOf(i), ub = unitsOf(j);
      const al = align(ua, ub, ao);
      const j5 = jaccard(ua.shingles, ub.shingles);
      const copy = j5 >= copyJ;
      if (copy || (al.score >= minScore && al.links.length >= minPairs)) {
        const text = (t: string, u: Units, x: number) => t.slice(u.spans[2 * x]!, u.spans[2 * x + 1]!);
        const ordered = a.id < b.id;
        const pairs: ReusePair[] = al.links.map((l) => {
          const ta = text(a.text, ua, l.a), tb = text(b.text, ub, l.b);
          return ordered ? { a: ta, b: tb, score: l.score } : { a: tb, b: ta, score: l.score };
        });
        out.push({ a: ordered ? a.id : b.id, b: ordered ? b.id : a.id, score: copy ? Math.max(al.score, round(j5)) : al.score, pairs });
      }
    }
    release(i); release(j);
  }
  phase('r.align');
  if (stats) Object.assign(stats, { articles: n, candidates: cand.length, rescanned, peakHeld, lsh: lshRaw, lshUnique, lshKept, withSignatures });
  return out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}
