// The pairwise score: how likely two mentions state one real-world quantity, from the agreement of their features.
// A logistic model over the features below; its weights are fitted from the annotated events by
// eval/fit/fit-pairs.ts and committed in weights.ts (docs/grouping.md gives the leave-one-event-out figures).
import { NEAR, type Feat } from './features.js';
import { overlaps, talliesAgree } from './interval.js';
import { similarity } from './wordnet.js';

export const FEATURES = [
  'bias', 'valueEqualPrecise', 'valueEqual', 'overlap', 'logRatio', 'nounSim', 'nounBoth', 'verbSim', 'verbBoth',
  'context', 'namesShared', 'namesDisjoint', 'timeDisjoint', 'frameDiffer', 'changeDiffer', 'sameArticle', 'sameSentence',
  'denominatorDiffer', 'year', 'money', 'share', 'small', 'contextValuesDiffer', 'verbValuesDiffer', 'near',
  'counterpart', 'attachedNamesDiffer', 'scopeDiffer',
] as const;
export type FeatureName = (typeof FEATURES)[number];

export interface PairModel {
  /** Weights for pairs whose values can both hold (equal, or overlapping intervals). */
  weights: Record<FeatureName, number>;
  /** Average log-odds two clusters need to merge. */
  threshold: number;
  /**
   * Weights for pairs whose values cannot both hold (disjoint loose intervals). Such a pair states one quantity only
   * when sources disagree about it, so value proximity is no evidence here: this model sees only what is said around
   * the numbers (noun, verb, context, names, time, scope) and how far apart they are. It is fitted on the disagreeing
   * pairs alone (eval/fit/fit-pairs.ts), so the many agreeing pairs do not teach it that "same thing" means "same value".
   */
  disagree: Record<FeatureName, number>;
}

/** Features that compare the values themselves; the disagreement model leaves them out (logRatio stays: how far apart). */
export const VALUE_FEATURES: FeatureName[] = ['valueEqualPrecise', 'valueEqual', 'overlap', 'contextValuesDiffer', 'verbValuesDiffer'];

/** Whether the pair's values cannot both hold: then the disagreement model scores it. */
export function disagrees(x: Float64Array): boolean {
  return !x[2] && !x[3];
}

/**
 * Every mention's context as a sparse unit vector built with the case's IDF, in flat arrays: mention k's term ids
 * (ascending) and their token distances are ids/dist[off[k] .. off[k + 1]). A term's weight is not stored: it is
 * `weight(v, k, e)`, the same double the vector had when it was a Float64Array (decision 0087: at 30k articles that
 * array and the `near` bytes were ~115 MB of new ArrayBuffers, and V8 answers each ~64 MB of them with a full
 * collection of the whole heap, whose cost grows with the corpus).
 */
export interface ContextVectors {
  off: Int32Array; ids: Int32Array;
  /** Token distance from the number (0 inside it, at most the window; features.ts), same positions as ids. */
  dist: Uint8Array;
  /** Per term id: log((sentences + 1) / (document frequency + 0.5)). */
  idf: Float64Array;
  /** Per mention: 1 / the norm of its weights (0 for a mention without terms). */
  scale: Float64Array;
}

/** Weight of entry e of mention k's vector: the IDF damped by distance, scaled to unit length. */
export const weight = (v: ContextVectors, k: number, e: number): number => (v.idf[v.ids[e]!]! / (1 + v.dist[e]! / 2)) * v.scale[k]!;

/** Terms attached to the number (within NEAR tokens) that mentions p and q share. */
export function nearShared(v: ContextVectors, p: number, q: number): number {
  let i = v.off[p]!, j = v.off[q]!, s = 0;
  const ie = v.off[p + 1]!, je = v.off[q + 1]!, ids = v.ids, dist = v.dist;
  while (i < ie && j < je) {
    const x = ids[i]!, y = ids[j]!;
    if (x === y) { if (dist[i]! <= NEAR && dist[j]! <= NEAR) s++; i++; j++; } else if (x < y) i++; else j++;
  }
  return s;
}

/** Cosine of mentions p and q (their vectors are unit length). */
export function cosine(v: ContextVectors, p: number, q: number): number {
  let i = v.off[p]!, j = v.off[q]!, s = 0;
  const ie = v.off[p + 1]!, je = v.off[q + 1]!, ids = v.ids;
  while (i < ie && j < je) {
    const x = ids[i]!, y = ids[j]!;
    if (x === y) { s += weight(v, p, i++) * weight(v, q, j++); } else if (x < y) i++; else j++;
  }
  return s;
}

const equal = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);

/** The feature vector of mentions a and b (their numbers in `vecs` are p and q). */
export function pairFeatures(a: Feat, b: Feat, vecs: ContextVectors, p: number, q: number, out = new Float64Array(FEATURES.length)): Float64Array {
  out.fill(0);
  out[0] = 1;
  const eq = a.tally && b.tally ? talliesAgree(a.tally, b.tally)
    : a.value !== null && b.value !== null && equal(a.value, b.value);
  out[1] = eq && a.precise && b.precise ? 1 : 0;
  out[2] = eq ? 1 : 0;
  out[3] = a.loose && b.loose && overlaps(a.loose, b.loose) ? 1 : 0;
  if (eq) out[4] = 0;
  else if (a.value !== null && b.value !== null) {
    const x = Math.abs(a.value), y = Math.abs(b.value);
    out[4] = x === 0 || y === 0 ? (x === y ? 0 : 3) : Math.min(3, Math.abs(Math.log(x / y)));
  } else out[4] = 1;
  if (a.noun && b.noun) { out[5] = similarity(a.noun, b.noun); out[6] = 1; }
  if (a.verb && b.verb) { out[7] = similarity(a.verb, b.verb); out[8] = 1; }
  // Two numbers of one sentence share all their words: context says nothing about them (sameSentence does).
  out[9] = a.sentenceKey === b.sentenceKey ? 0 : cosine(vecs, p, q);
  const na = a.ctx.names, nb = b.ctx.names;
  if (na.length && nb.length) {
    const shared = na.some((n) => nb.includes(n));
    out[10] = shared ? 1 : 0;
    out[11] = shared ? 0 : 1;
  }
  const ya = a.ctx.years, yb = b.ctx.years;
  if ((ya.length && yb.length && !ya.some((y) => yb.includes(y))) ||
    (a.ctx.relative && b.ctx.relative && a.ctx.relative !== b.ctx.relative)) out[12] = 1;
  if (a.frame.cls && b.frame.cls && a.frame.cls !== b.frame.cls) out[13] = 1;
  if ((a.ctx.change || a.m.trend !== null) !== (b.ctx.change || b.m.trend !== null)) out[14] = 1;
  if (a.m.articleId === b.m.articleId) out[15] = 1;
  if (a.sentenceKey === b.sentenceKey) out[16] = 1;
  if (a.denominator && b.denominator && similarity(a.denominator, b.denominator) < 0.8) out[17] = 1;
  out[18] = a.dim === 'year' ? 1 : 0;
  out[19] = a.dim.startsWith('money') ? 1 : 0;
  out[20] = a.dim === 'share' ? 1 : 0;
  out[21] = a.value !== null && Math.abs(a.value) < 10 && !a.dim.startsWith('money') && a.dim !== 'share' ? 1 : 0;
  // What is said about a number matters most when the numbers differ: the same words around 2002 and 2003 are a
  // disagreement about one thing, not two things.
  out[22] = eq ? 0 : out[9]!;
  out[23] = eq || !out[8] ? 0 : out[7]!;
  // The words the numbers are attached to: shared stems within three tokens (0 for two numbers of one sentence).
  if (a.sentenceKey !== b.sentenceKey) out[24] = Math.min(nearShared(vecs, p, q), 2) / 2;
  // Names attached to both numbers and none shared: two places' or two owners' figures ("2003 invasion of Iraq").
  const aa = a.ctx.attachedNames, ab = b.ctx.attachedNames;
  if (a.sentenceKey !== b.sentenceKey && aa.length && ab.length && !aa.some((n) => ab.includes(n))) out[26] = 1;
  // What part of the whole each number covers, when a clause says it (context.ts): "placed so far" against the whole
  // buy, one year's rate against the average over many. One side saying it and the other not counts as differing.
  if (a.ctx.scope !== b.ctx.scope) out[27] = 1;
  // out[25], counterpart: whether the two are each other's closest match across their articles, needs every pair of
  // the two articles (counterpart.ts); groupMentions sets it after scoring them all.
  return out;
}

/**
 * A model's two weight sets as arrays in FEATURES order (a missing weight is NaN, as `undefined * x` was). Reading the
 * weights by name boxed a number per feature and pair: at 30k articles scoring allocated hundreds of MB of short-lived
 * heap numbers, and garbage allocated while a full GC marks floats to the next one (decision 0059).
 */
const weightArrays = new WeakMap<PairModel, [Float64Array, Float64Array]>();
function weightsOf(model: PairModel): [Float64Array, Float64Array] {
  let w = weightArrays.get(model);
  if (!w) {
    w = [Float64Array.from(FEATURES, (f) => model.weights[f]), Float64Array.from(FEATURES, (f) => model.disagree[f])];
    weightArrays.set(model, w);
  }
  return w;
}

export function logit(model: PairModel, x: Float64Array): number {
  const [agree, disagree] = weightsOf(model);
  const w = disagrees(x) ? disagree : agree;
  let s = 0;
  for (let k = 0; k < FEATURES.length; k++) s += w[k]! * x[k]!;
  return s;
}

/** The features that spoke for the link, for the quantity's `links` (the UI shows why two mentions meet). */
export function agreed(x: Float64Array): string[] {
  const out: string[] = [];
  if (x[1]) out.push('same precise value'); else if (x[2]) out.push('same value'); else if (x[3]) out.push('values overlap');
  if (x[6] && x[5]! >= 0.8) out.push('noun');
  if (x[8] && x[7]! >= 0.8) out.push('verb');
  if (x[9]! >= 0.2) out.push('context');
  if (x[10]) out.push('names');
  if (x[24]) out.push('attached words');
  if (x[25]) out.push('counterparts');
  return out;
}
