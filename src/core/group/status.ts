// Status of one group of mentions. contested: two independent sources state intervals that cannot both hold
// (or vote tallies that disagree); corroborated: two or more articles state it and none disagree; single-source
// otherwise. Articles that reuse each other's text are folded into one source first, so `independentSources`
// says how much the agreement is worth: a corroboration resting on one independent source (articles that copy
// each other) stays corroborated but its note warns that nobody independent confirmed it (docs/grouping.md).
import type { QuantityStatus } from '../model/index.js';
import type { Feat } from './features.js';
import { talliesAgree } from './interval.js';

export interface StatusResult {
  status: QuantityStatus;
  independentSources: number;
  conflict: boolean;
}

/** Is there a pair of mentions from different sources whose intervals cannot both hold? Linear in mentions. */
function intervalConflict(feats: Feat[], source: (id: string) => string): boolean {
  // Per source: the highest lower bound and the lowest upper bound; a conflict needs maxLow(s) > minHigh(t), s ≠ t.
  const lo = new Map<string, number>(), hi = new Map<string, number>();
  for (const f of feats) {
    if (!f.iv) continue;
    const s = source(f.m.articleId);
    lo.set(s, Math.max(lo.get(s) ?? -Infinity, f.iv[0]));
    hi.set(s, Math.min(hi.get(s) ?? Infinity, f.iv[1]));
  }
  const top = [...lo].sort((x, y) => y[1] - x[1]).slice(0, 2);
  const bottom = [...hi].sort((x, y) => x[1] - y[1]).slice(0, 2);
  return top.some(([s, l]) => bottom.some(([t, h]) => s !== t && l > h));
}

function tallyConflict(feats: Feat[], source: (id: string) => string): boolean {
  const seen = new Map<string, { s: Set<string>; f: Feat }>();
  for (const f of feats) {
    if (!f.tally) continue;
    const k = `${f.tally.for}:${f.tally.against}`;
    const e = seen.get(k) ?? { s: new Set<string>(), f };
    e.s.add(source(f.m.articleId));
    seen.set(k, e);
  }
  const list = [...seen.values()];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!, b = list[j]!;
      if (talliesAgree(a.f.tally!, b.f.tally!)) continue;
      if ([...a.s].some((x) => [...b.s].some((y) => x !== y))) return true;
    }
  return false;
}

/**
 * @param source maps an article id to its independent-source id (after folding reuse)
 * @param contestable false when only weak links or low-interest kinds hold the group together
 */
export function statusOf(feats: Feat[], source: (articleId: string) => string, contestable: boolean): StatusResult {
  const sources = new Set(feats.map((f) => source(f.m.articleId)));
  const conflict = feats[0]?.family === 'vote' ? tallyConflict(feats, source) : intervalConflict(feats, source);
  const independentSources = sources.size;
  const articles = new Set(feats.map((f) => f.m.articleId)).size;
  if (conflict && contestable) return { status: 'contested', independentSources, conflict };
  // Agreement is judged article by article: copies that disagree with each other corroborate nothing.
  const byArticle = (id: string) => id;
  const anyDisagreement = conflict || (feats[0]?.family === 'vote' ? tallyConflict(feats, byArticle) : intervalConflict(feats, byArticle));
  if (!anyDisagreement && articles >= 2) return { status: 'corroborated', independentSources, conflict };
  return { status: 'single-source', independentSources, conflict };
}
