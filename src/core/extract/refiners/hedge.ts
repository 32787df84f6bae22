/**
 * Qualifier from the hedge words before (or after) the number: "over", "about", "nearly"... (lexicon/hedges.ts).
 * The hedge becomes part of the mention text, as a reader quotes it ("over 24,000"). Also "estimated to have N".
 * "over" after an extent verb ("extends over 1.2 million km2") is a preposition and is left alone.
 */
import { EXTENT_VERBS, HEDGES, POST_HEDGES } from '../lexicon/hedges.js';
import { matchSeq } from '../read-quantity.js';
import type { Context, Refiner } from '../types.js';

const BY_LAST = new Map<string, typeof HEDGES>();
for (const h of [...HEDGES].sort((a, b) => b[0].length - a[0].length)) {
  const last = h[0][h[0].length - 1]!;
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), h]);
}

/** First words of the post-hedges ("or", "and", "plus", "odd"): most numbers are followed by none of them. */
const POST_FIRST = new Set(POST_HEDGES.map(([seq]) => seq[0]!));
/** For words that end no hedge (most words before a number): no new empty array per draft. */
const NONE: typeof HEDGES = [];

/**
 * The post-hedge at e. A loop in a module function, not `POST_HEDGES.find(… d.e …)` inside the draft loop: a closure
 * over the loop variable makes V8 allocate a context object for every draft, whether or not the closure is created.
 */
function postHedgeAt(toks: Parameters<typeof matchSeq>[0], e: number): (typeof POST_HEDGES)[number] | undefined {
  for (const h of POST_HEDGES) if (matchSeq(toks, e, h[0]) > 0) return h;
  return undefined;
}

/** The debug message outside the loop: a closure over the loop's locals costs a context object per iteration. */
function logHedge(ctx: Context, q: string, seq: readonly string[]): void {
  ctx.debug(() => `hedge ${q} by "${seq.join(' ')}"`);
}

export const hedgeRefiner: Refiner = {
  name: 'hedge',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    let prevEnd = 0;
    let prevDraft: (typeof drafts)[number] | null = null;
    for (const d of drafts) {
      const floor = prevEnd;
      prevEnd = d.e;
      const before0 = prevDraft;
      prevDraft = d;
      if (d.qualifier === 'range' || d.kind === 'date' || d.kind === 'ordinal' || d.tally) continue;
      if (d.value === null && d.kind !== 'year') continue;
      const before = toks[d.s - 1];
      if (before && d.kind !== 'year') {
        for (const [seq, q] of BY_LAST.get(before.lower) ?? NONE) {
          const s = d.s - seq.length;
          if (s < floor || matchSeq(toks, s, seq) !== d.s) continue;
          if (EXTENT_VERBS.has(toks[s - 1]?.lower ?? '') && (seq[0] === 'over' || seq[0] === 'under' || seq[0] === 'above' || seq[0] === 'below')) break;
          if (seq[0] === 'some' && toks[s - 1]?.lower === 'for') break; // "for some 10 years" is still about; "some" alone ok
          d.qualifier = q;
          d.s = s;
          logHedge(ctx, q, seq);
          break;
        }
      }
      // "FactSet estimates of 64,900": the number is the estimate itself, stated exactly
      const estimateOf = toks[d.s - 1]?.lower === 'of' && (toks[d.s - 2]?.lower === 'estimate' || toks[d.s - 2]?.lower === 'estimates');
      if (d.qualifier === 'exact' && d.kind !== 'year' && !estimateOf) {
        // "estimated to have 1,000", "an estimated 500", "estimates put the toll at 300" ("reportedly" is about the
        // source, not the precision: "reportedly sold for $44 million" stays exact)
        for (let k = d.s - 1; k >= Math.max(floor, d.s - 4); k--) {
          const l = toks[k]!.lower;
          if (l === 'estimated' || l === 'estimates' || l === 'estimate') {
            d.qualifier = 'about';
            break;
          }
          if (toks[k]!.kind === 'sym' && toks[k]!.text !== '-') break;
        }
      }
      if (d.qualifier === 'exact' && d.kind !== 'year') {
        const next = toks[d.e];
        const post = next && POST_FIRST.has(next.lower) ? postHedgeAt(toks, d.e) : undefined;
        if (post && !(post[0][0] === 'plus' && toks[d.e]!.gap > 0 && toks[d.e + 1]?.kind === 'num')) {
          d.qualifier = post[1];
          d.e += post[0].length;
        }
      }
      // "more than 100 kilometres (60 miles)": a conversion in brackets repeats the hedge of the figure before it
      if (d.qualifier === 'exact' && toks[d.s - 1]?.text === '(' && before0 && before0.e === d.s - 1 && before0.qualifier !== 'range') {
        d.qualifier = before0.qualifier;
      }
      // "just under 296 hp (224 kW / 300 PS)": a second conversion after "/" in the same brackets repeats it too
      if (d.qualifier === 'exact' && toks[d.s - 1]?.text === '/' && toks[d.s - 1]!.gap > 0 && before0 && before0.e === d.s - 1 &&
        before0.qualifier !== 'range' && before0.qualifier !== 'exact' && toks[before0.s - 1]?.text === '(' && d.unit && before0.unit && d.unit !== before0.unit) {
        d.qualifier = before0.qualifier;
      }
      if (d.kind === 'year') {
        const l = before?.lower;
        if (l === 'since' || l === 'until' || l === 'till' || l === 'by' || l === 'before' || l === 'after' || l === 'through') d.timeFrame = l;
      }
    }
    return drafts;
  },
};
