// Sentence alignment between two candidate articles: for each sentence of the smaller article, its best
// counterpart in the other by content-stem overlap. Containment (shared / smaller set) tolerates a paraphrase
// that merges or splits sentences; the Dice floor stops a short sentence aligning inside a long one by chance.
import type { ReusePair } from '../model/index.js';
import type { Unit } from './sentences.js';

export interface AlignOptions {
  /** Sentences with fewer content stems are ignored (captions, headings, "Share this"). */
  minStems: number;
  minShared: number;
  minContainment: number;
  minDice: number;
}

export const DEFAULT_ALIGN: AlignOptions = { minStems: 6, minShared: 5, minContainment: 0.6, minDice: 0.4 };

export interface Alignment {
  /** Share of the smaller article's eligible sentences that align. */
  score: number;
  pairs: ReusePair[];
}

export function eligible(units: Unit[], o: AlignOptions): Unit[] {
  return units.filter((u) => new Set(u.stems).size >= o.minStems);
}

export function align(ua: Unit[], ub: Unit[], o: AlignOptions = DEFAULT_ALIGN): Alignment {
  const swap = ub.length < ua.length;
  const small = swap ? ub : ua;
  const large = swap ? ua : ub;
  if (small.length === 0) return { score: 0, pairs: [] };
  const index = new Map<string, number[]>();
  const largeSets = large.map((u) => new Set(u.stems));
  largeSets.forEach((set, i) => {
    for (const s of set) {
      const l = index.get(s);
      if (l) l.push(i); else index.set(s, [i]);
    }
  });
  // Candidate links above the floors, then a greedy one-to-one matching (best first): a sentence repeated
  // in one article (lead restated in a caption) must not count several times.
  const links: Array<{ s: number; l: number; score: number }> = [];
  small.forEach((u, si) => {
    const set = new Set(u.stems);
    const shared = new Map<number, number>();
    for (const s of set) for (const i of index.get(s) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, c] of shared) {
      if (c < o.minShared) continue;
      const other = largeSets[i]!.size;
      const containment = c / Math.min(set.size, other);
      const dice = (2 * c) / (set.size + other);
      if (containment < o.minContainment || dice < o.minDice) continue;
      links.push({ s: si, l: i, score: (containment + dice) / 2 });
    }
  });
  links.sort((x, y) => y.score - x.score || x.s - y.s || x.l - y.l);
  const usedS = new Set<number>(), usedL = new Set<number>();
  const chosen: typeof links = [];
  for (const k of links) {
    if (usedS.has(k.s) || usedL.has(k.l)) continue;
    usedS.add(k.s); usedL.add(k.l); chosen.push(k);
  }
  chosen.sort((x, y) => x.s - y.s);
  const pairs: ReusePair[] = chosen.map((k) => {
    const st = small[k.s]!.text, lt = large[k.l]!.text, score = round(k.score);
    return swap ? { a: lt, b: st, score } : { a: st, b: lt, score };
  });
  return { score: round(pairs.length / small.length), pairs };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
