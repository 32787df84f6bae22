// Text reuse between articles (copies and close paraphrases), near-linear in the number of articles:
// two candidate generators (MinHash/LSH on word 5-shingles; shared rare sentence signatures) feed a
// sentence alignment that runs only on candidate pairs. See docs/grouping.md.
import type { Reuse } from '../model/index.js';
import { align, DEFAULT_ALIGN, eligible, type AlignOptions } from './align.js';
import { jaccard, lshCandidates, shingles, signature } from './minhash.js';
import { signatureCandidates } from './signatures.js';
import { splitUnits } from './sentences.js';

export interface ReuseOptions {
  /** Minimum share of the smaller article's sentences that align for a pair to be reported. */
  minScore?: number;
  /** Minimum number of aligned sentences for a pair to be reported. */
  minPairs?: number;
  /** Whole-document 5-shingle Jaccard that counts as a copy even if sentences split differently. */
  copyJaccard?: number;
  align?: Partial<AlignOptions>;
}

export const DEFAULT_MIN_SCORE = 0.35;

export function detectReuse(articles: { id: string; text: string }[], options: ReuseOptions = {}): Reuse[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const minPairs = options.minPairs ?? 3;
  const copyJ = options.copyJaccard ?? 0.5;
  const ao = { ...DEFAULT_ALIGN, ...options.align };

  // Tokenise once: sentence units carry their words, which also make the document's shingles.
  const all = articles.map((a) => splitUnits(a.text));
  const sh = all.map((us) => {
    const tokens: string[] = [];
    for (const u of us) for (const w of u.words) tokens.push(w);
    return shingles(tokens);
  });
  const sigs = sh.map((s) => (s.length ? signature(s) : null));
  const units = all.map((us) => eligible(us, ao));

  const cand = new Map<number, boolean>();
  const n = articles.length;
  for (const [i, j] of lshCandidates(sigs)) cand.set(i * n + j, true);
  for (const [i, j] of signatureCandidates(units)) cand.set(i * n + j, true);

  const out: Reuse[] = [];
  for (const key of cand.keys()) {
    const i = Math.floor(key / n), j = key % n;
    const a = articles[i]!, b = articles[j]!;
    if (a.id === b.id) continue;
    const al = align(units[i]!, units[j]!, ao);
    const j5 = jaccard(sh[i]!, sh[j]!);
    const copy = j5 >= copyJ;
    if (!copy && (al.score < minScore || al.pairs.length < minPairs)) continue;
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    const pairs = a.id < b.id ? al.pairs : al.pairs.map((p) => ({ a: p.b, b: p.a, score: p.score }));
    out.push({ a: x.id, b: y.id, score: copy ? Math.max(al.score, round(j5)) : al.score, pairs });
  }
  return out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
