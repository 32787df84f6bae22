// Status of one quantity. contested: two independent sources state figures whose intervals cannot both hold, allowing
// for hedges, rounding and truncation (interval.ts), or vote tallies that disagree. corroborated: two or more
// articles state it and none disagree. single-source otherwise. Articles that reuse each other's text are folded into
// one source first: copies cannot contest each other, and agreement resting on copies is flagged in the note.
// `roundingOnly`: the figures differ, but only within the precision the writers gave (8,000 vs 8,400). Each result
// carries plain reasons naming the sources and why they can or cannot both hold.
import type { QuantityStatus } from '../model/index.js';
import type { Feat } from './features.js';
import { digitSlip, overlaps, talliesAgree } from './interval.js';
import { fmtNumber } from './note.js';

export interface StatusResult {
  status: QuantityStatus;
  independentSources: number;
  conflict: boolean;
  roundingOnly: boolean;
  reasons: string[];
}

type Iv = [number, number];

function fmtIv(iv: Iv, unit: string | null): string {
  const u = unit && unit !== 'year' && unit !== 'day' ? ` ${unit === '%' ? '%' : unit}` : '';
  const f = (v: number) => (unit === '%' ? `${+(v * 100).toPrecision(4)}` : fmtNumber(+v.toPrecision(6)));
  if (iv[1] === Infinity) return `${f(iv[0])} or more${u}`;
  if (iv[0] === iv[1]) return `exactly ${f(iv[0])}${u}`;
  return `${f(iv[0])}–${f(iv[1])}${u}`;
}

/** The first pair (by order) of mentions from different groups whose intervals are disjoint. */
function disjointPair(feats: Feat[], group: (f: Feat) => string, pick: (f: Feat) => Iv | null): [Feat, Feat] | null {
  // Per group: the mention with the highest lower bound and the one with the lowest upper bound. A disjoint pair
  // exists iff some group's highest low is above another group's lowest high: linear in mentions.
  const hiLow = new Map<string, Feat>(), loHigh = new Map<string, Feat>();
  for (const f of feats) {
    const iv = pick(f);
    if (!iv) continue;
    const g = group(f);
    const a = hiLow.get(g), b = loHigh.get(g);
    if (!a || iv[0] > pick(a)![0]) hiLow.set(g, f);
    if (!b || iv[1] < pick(b)![1]) loHigh.set(g, f);
  }
  const tops = [...hiLow].sort((x, y) => pick(y[1])![0] - pick(x[1])![0]).slice(0, 2);
  const bottoms = [...loHigh].sort((x, y) => pick(x[1])![1] - pick(y[1])![1]).slice(0, 2);
  for (const [s, hi] of tops) for (const [t, lo] of bottoms) if (s !== t && pick(hi)![0] > pick(lo)![1]) return [lo, hi];
  return null;
}

function tallyPair(feats: Feat[], group: (f: Feat) => string): [Feat, Feat] | null {
  const ts = feats.filter((f) => f.tally);
  for (let i = 0; i < ts.length; i++)
    for (let j = i + 1; j < ts.length; j++)
      if (group(ts[i]!) !== group(ts[j]!) && !talliesAgree(ts[i]!.tally!, ts[j]!.tally!)) return [ts[i]!, ts[j]!];
  return null;
}

/**
 * @param source maps an article id to its independent-source id (after folding reuse)
 * @param name how a checker names an article (outlet, else title)
 */
export function statusOf(feats: Feat[], source: (articleId: string) => string, name: (articleId: string) => string): StatusResult {
  const sources = new Set(feats.map((f) => source(f.m.articleId)));
  const articles = new Set(feats.map((f) => f.m.articleId));
  const independentSources = sources.size;
  const bySource = (f: Feat) => source(f.m.articleId), byArticle = (f: Feat) => f.m.articleId;
  const vote = feats.some((f) => f.tally);
  const loose = (f: Feat) => f.loose, strict = (f: Feat) => f.strict;
  const conflictBy = (g: (f: Feat) => string) => (vote ? tallyPair(feats, g) : disjointPair(feats, g, loose));
  const quote = (f: Feat) => `${name(f.m.articleId)} says “${f.m.text.trim()}”`;
  const unit = feats[0]?.unit ?? null;
  const why = ([a, b]: [Feat, Feat]) => vote
    ? `${quote(a)} and ${quote(b)}: the tallies differ.`
    : `${quote(a)} (${fmtIv(a.loose!, unit)}) and ${quote(b)} (${fmtIv(b.loose!, unit)}): these cannot both hold, even allowing for hedges and rounding.`;

  const contested = conflictBy(bySource);
  if (contested) {
    const [a, b] = contested;
    // The shape of the disagreement helps the verdict: one step in one digit is a typical slip of one figure.
    const slip = !vote && a.m.value !== null && b.m.value !== null && digitSlip(a.m.value, b.m.value)
      ? ['The figures differ by one step in a single digit, the shape of an off-by-one or a mistyped digit: check the primary source.'] : [];
    return { status: 'contested', independentSources, conflict: true, roundingOnly: false, reasons: [why(contested), ...slip] };
  }
  const inArticle = conflictBy(byArticle);
  const strictPair = vote ? null : disjointPair(feats, byArticle, strict);
  const roundingOnly = !inArticle && !!strictPair;
  const rounding = roundingOnly ? [`${quote(strictPair![0])} and ${quote(strictPair![1])}: the figures differ only within the precision they are written with, so they agree, but the difference needs context.`] : [];
  if (!inArticle && articles.size >= 2) {
    const names = [...articles].map(name);
    const copies = independentSources < articles.size;
    const reasons = [`${list(names)} give compatible figures${vote ? ' (the same tally)' : ''}.`, ...rounding];
    if (copies) reasons.push(independentSources === 1 ? 'These articles share text, so this is one independent source, not independent confirmation.' : `Some of these articles share text: ${independentSources} independent sources.`);
    return { status: 'corroborated', independentSources, conflict: false, roundingOnly, reasons };
  }
  const reasons: string[] = [];
  if (inArticle) reasons.push(`${why(inArticle).replace(/: these cannot both hold.*$/, '')}: the figures differ, but they come from articles that share text (one source), so they do not contest each other.`);
  else reasons.push(articles.size > 1 ? 'Stated only by articles that share text: one independent source.' : `Stated only by ${name(feats[0]!.m.articleId)}.`);
  return { status: 'single-source', independentSources, conflict: !!inArticle, roundingOnly, reasons: [...reasons, ...rounding] };
}

function list(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

export { overlaps };
