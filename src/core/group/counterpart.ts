// Cross-article counterparts. Two outlets reporting one story each state a quantity once or twice, and when they
// state the same thing the words around the two numbers resemble each other more than those around any other number
// of that dimension in the other article. A pair that is each other's closest match in that sense (mutual best,
// judged without the values) is evidence of one quantity even when the figures differ: that is how a disagreement
// between outlets looks. The pair score reads it as a feature (`counterpart`, pair.ts; decision 0005).
import type { EdgeList } from './cluster.js';
import type { Feat } from './features.js';
import { FEATURES, type FeatureName } from './pair.js';

const at = (name: FeatureName) => FEATURES.indexOf(name);
const NOUN_SIM = at('nounSim'), NOUN_BOTH = at('nounBoth'), VERB_SIM = at('verbSim'), VERB_BOTH = at('verbBoth');
const CONTEXT = at('context'), NEAR = at('near');

/**
 * How much two mentions' words say they are one thing, ignoring the values: the context cosine, the attached words
 * (near), and the noun and verb similarity when both have one. Read from a pair feature vector (pair.ts order).
 * -1 (a candidate that is never a counterpart) when the pair is known to be two things whatever the words:
 * - two head nouns WordNet does not relate at all (Wu-Palmer 0: "$4,412.50 on a cruise", "$4,312.50 on clocks");
 * - two shares that add up to the whole (70% for, 30% against): the two sides of one split, which both hold.
 */
export function counterpartSimilarity(x: Float64Array, a: Feat, b: Feat): number {
  if (x[NOUN_BOTH] && x[NOUN_SIM] === 0) return -1;
  if (a.dim === 'share' && a.value !== null && b.value !== null && Math.abs(a.value + b.value - 1) <= 0.01) return -1;
  return x[CONTEXT]! + x[NEAR]! + 0.5 * (x[NOUN_BOTH] ? x[NOUN_SIM]! : 0) + 0.5 * (x[VERB_BOTH] ? x[VERB_SIM]! : 0);
}

/** A pair needs this much word evidence to be counterparts: two lone years with nothing in common are not. */
export const MIN_SIMILARITY = 0.5;
/**
 * The closest mention must be closer than the next one by this much: two near-equal candidates (a list of purchases
 * in one sentence) leave it open which one is meant. Both constants were chosen by held-out figures (decision 0005).
 */
export const MARGIN = 0.1;
/**
 * Two lone numbers (neither had another candidate in the other's article) need this much word evidence: more than one
 * shared attached word and half-related nouns and verbs (1.02: "Vail spent $7,412.36 on a sailing trip" / "Vail also
 * bought $7,960.18 worth of garden furniture", the story's subject and two purchases). 1 and 1.1 give the same held-out
 * figures on the nine events (decision 0006); the look-alike case decides.
 */
export const LONE_SIMILARITY = 1.1;

/**
 * Per scored pair e (edges a/b, similarity sim[e]; NaN: not a candidate, e.g. a cannot-link): 1 when the two mentions
 * are in different articles, their similarity is above MIN_SIMILARITY, and each is the other's closest mention in its
 * article by more than MARGIN (a lone candidate is closest), and at least one of them had another candidate of its
 * dimension there (with or without shared words) to be preferred to or their similarity is LONE_SIMILARITY or more,
 * else 0. Independent of the order of the pairs.
 * Linear in the scored pairs: one pass builds each mention's list of pairs, one walks each list.
 */
export function mutualBest(n: number, edges: EdgeList, sim: Float64Array, articleOf: Int32Array): Uint8Array {
  const count = edges.length, ea = edges.a, eb = edges.b;
  // Every candidate counts for whether there was a choice; only those with enough word evidence can be chosen.
  const usable = (e: number) => !Number.isNaN(sim[e]!) && articleOf[ea[e]!] !== articleOf[eb[e]!];
  const start = new Int32Array(n + 1);
  for (let e = 0; e < count; e++) if (usable(e)) { start[ea[e]! + 1]!++; start[eb[e]! + 1]!++; }
  for (let p = 0; p < n; p++) start[p + 1]! += start[p]!;
  const list = new Int32Array(start[n]!), fill = start.slice(0, n);
  for (let e = 0; e < count; e++) if (usable(e)) { list[fill[ea[e]!]!++] = e; list[fill[eb[e]!]!++] = e; }
  // Bit 1: best for its a side; bit 2: best for its b side; bit 4: chosen among two or more by at least one side.
  const best = new Uint8Array(count);
  // Per article (slot art + 1: -1 is an article not in the case), reset after each mention through `touched`: typed
  // arrays, not a Map and three Sets cleared per mention, whose new tables at 30k articles were hundreds of MB of
  // garbage during scoring, where a full GC running meanwhile lets it float (decision 0059).
  let slots = 0;
  for (let p = 0; p < n; p++) slots = Math.max(slots, articleOf[p]! + 2);
  const top = new Int32Array(slots).fill(-1), tied = new Uint8Array(slots), chose = new Uint8Array(slots), seen = new Uint8Array(slots);
  let touched = new Int32Array(16);
  for (let p = 0; p < n; p++) {
    let t = 0;
    for (let k = start[p]!; k < start[p + 1]!; k++) {
      const e = list[k]!, art = articleOf[ea[e] === p ? eb[e]! : ea[e]!]! + 1;
      if (seen[art]) chose[art] = 1;
      else {
        seen[art] = 1;
        if (t === touched.length) { const g = new Int32Array(2 * t); g.set(touched); touched = g; }
        touched[t++] = art;
      }
      if (!(sim[e]! > MIN_SIMILARITY)) continue;
      const cur = top[art]!;
      if (cur < 0) { top[art] = e; continue; }
      if (sim[e]! > sim[cur]!) { tied[art] = sim[e]! - sim[cur]! < MARGIN ? 1 : 0; top[art] = e; }
      else if (sim[cur]! - sim[e]! < MARGIN) tied[art] = 1;
    }
    for (let u = 0; u < t; u++) {
      const art = touched[u]!, e = top[art]!;
      if (e >= 0 && !tied[art]) best[e]! |= (ea[e] === p ? 1 : 2) | (chose[art] || sim[e]! >= LONE_SIMILARITY ? 4 : 0);
      top[art] = -1; tied[art] = 0; chose[art] = 0; seen[art] = 0;
    }
  }
  // Two lone numbers (one candidate each way) were never chosen over anything: only strong word evidence makes them
  // counterparts ("has led the party since 2009" / "since 2008"), not a shared name and a verb.
  for (let e = 0; e < count; e++) best[e] = best[e] === 7 ? 1 : 0;
  return best;
}
