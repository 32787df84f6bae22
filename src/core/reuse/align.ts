// Sentence alignment between two candidate articles: for each sentence of the smaller article, its best
// counterpart in the other by content-stem overlap. Containment (shared / smaller set) tolerates a paraphrase
// that merges or splits sentences; the Dice floor stops a short sentence aligning inside a long one by chance.
// Works on the compact units of scan.ts: sorted stem ids per sentence and the other article's postings (no sets, no maps).
import type { Units } from './scan.js';

export interface AlignOptions {
  /** Sentences with fewer content stems are ignored (captions, headings, "Share this"). */
  minStems: number;
  minShared: number;
  minContainment: number;
  minDice: number;
}

export const DEFAULT_ALIGN: AlignOptions = { minStems: 6, minShared: 5, minContainment: 0.6, minDice: 0.4 };

export interface Link {
  /** Unit index in the first and the second article. */
  a: number;
  b: number;
  score: number;
}

export interface Alignment {
  /** Share of the smaller article's eligible sentences that align. */
  score: number;
  /** One-to-one links, in the order of the article with fewer eligible sentences. */
  links: Link[];
}

/** First index of `x` in the sorted array, or -1. */
function first(a: Uint32Array, x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (a[mid]! < x) lo = mid + 1; else hi = mid; }
  return lo < a.length && a[lo] === x ? lo : -1;
}

export function align(ua: Units, ub: Units, o: AlignOptions = DEFAULT_ALIGN): Alignment {
  const swap = ub.count < ua.count;
  const small = swap ? ub : ua, large = swap ? ua : ub;
  if (small.count === 0) return { score: 0, links: [] };
  // Candidate links above the floors, then a greedy one-to-one matching (best first): a sentence repeated
  // in one article (lead restated in a caption) must not count several times.
  const cand: Array<{ s: number; l: number; score: number }> = [];
  const count = new Uint16Array(large.count);
  const touched = new Uint32Array(large.count);
  for (let s = 0; s < small.count; s++) {
    const ss = small.off[s]!, se = small.off[s + 1]!, sn = se - ss;
    if (sn < o.minShared) continue;
    // Shared stems with every unit of the large article, through its postings.
    let nt = 0;
    for (let k = ss; k < se; k++) {
      const x = small.ids[k]!;
      for (let p = first(large.postStem, x); p >= 0 && p < large.postStem.length && large.postStem[p] === x; p++) {
        const l = large.postUnit[p]!;
        if (count[l]!++ === 0) touched[nt++] = l;
      }
    }
    for (let t = 0; t < nt; t++) {
      const l = touched[t]!, c = count[l]!;
      count[l] = 0;
      if (c < o.minShared) continue;
      const ln = large.off[l + 1]! - large.off[l]!;
      const containment = c / Math.min(sn, ln);
      const dice = (2 * c) / (sn + ln);
      if (containment < o.minContainment || dice < o.minDice) continue;
      cand.push({ s, l, score: (containment + dice) / 2 });
    }
  }
  cand.sort((x, y) => y.score - x.score || x.s - y.s || x.l - y.l);
  const usedS = new Uint8Array(small.count), usedL = new Uint8Array(large.count);
  const chosen: typeof cand = [];
  for (const k of cand) {
    if (usedS[k.s] || usedL[k.l]) continue;
    usedS[k.s] = 1; usedL[k.l] = 1; chosen.push(k);
  }
  chosen.sort((x, y) => x.s - y.s);
  const links = chosen.map((k) => ({ a: swap ? k.l : k.s, b: swap ? k.s : k.l, score: round(k.score) }));
  return { score: round(chosen.length / small.count), links };
}

export const round = (x: number) => Math.round(x * 1000) / 1000;
