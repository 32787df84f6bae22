/**
 * measure = what is counted: the head noun after the number ("12,000 international troops" → troop), lemmatised.
 * Collects up to three content words after the number/unit and keeps the last (English noun phrases are
 * head-final) — or the first plural noun ("1,000 fighters present"); stops at function words, punctuation and participles ("13,000 troops deployed").
 * Money/percent with no noun after: the noun before "of" ("annual budget of $1.2 billion" → budget).
 * No noun after a count ("174 have died"): the antecedent — "peacekeepers, of whom 174" or the nearest plural
 * noun earlier in the sentence.
 */
import type { Token } from '../tokenizer.js';
import type { Context, Draft, Refiner } from '../types.js';
import { CLAUSE_BREAKS, isCapitalised, isFunctionWord, lemma } from './util.js';
import { MONTHS } from '../lexicon/number-words.js';
import { TREND_NOUNS } from '../lexicon/trend-words.js';
import { EVENT_LEMMAS } from '../lexicon/events.js';

/** Time words and change nouns describe the number, they are not what is counted ("$30m last year", "a 40% increase"). */
const NOT_MEASURES = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'hour', 'hours',
  'annually', 'annual', 'daily', 'weekly', 'monthly', ...Object.keys(TREND_NOUNS)]);
const isParticiple = (t: Token) => /(?:ed|ing|ly)$/.test(t.lower) && t.lower.length > 4;
const isPluralNoun = (t: Token) => t.kind === 'word' && t.lower.length > 3 && /[^su]s$/.test(t.lower) && !isFunctionWord(t) && !/(?:ed|ing)$/.test(t.lower);

function headAfter(toks: Token[], j: number): string | null {
  let last: Token | null = null;
  let skipped = 0;
  for (let n = 0; n < 3 + skipped && n < 8; n++) {
    const t = toks[j + n];
    // "11 active U.N. Peacekeeping missions": names and initials inside the phrase are modifiers; look past them
    if (t && n > 0 && ((t.kind === 'word' && (t.text.length === 1 || isCapitalised(t))) || (t.text === '.' && t.gap === 0))) {
      skipped++;
      continue;
    }
    if (!t || t.kind !== 'word' || t.gap > 2 || t.gap === 0) break;
    if (isFunctionWord(t) || MONTHS[t.lower] || t.text.length === 1 || NOT_MEASURES.has(t.lower)) break; // "11 active U.N. missions": stop at initials
    if (n > 0 && isParticiple(t)) break;
    last = t;
    if (isPluralNoun(t) || t.lower === 'people' || t.lower === 'personnel') return lemma(t.text); // "1,000 fighters present"
    if (t.text === t.text.toUpperCase() && t.text.length > 1 && n > 0) break;
  }
  if (!last) return null;
  if (isParticiple(last) && !/s$/.test(last.lower)) return null;
  return lemma(last.text);
}

/**
 * "The number of people killed … has risen to 15", "the death toll stands at 40": the counted noun (and the event)
 * are named before the number. Sets d.event when a participle follows the noun.
 */
function tollBefore(toks: Token[], d: Draft, s0: number): string | null {
  for (let k = d.s - 1; k >= Math.max(s0, d.s - 16); k--) {
    const t = toks[k]!;
    if (t.lower === 'toll' && toks[k - 1] && /^(?:death|casualty|fatality)$/.test(toks[k - 1]!.lower)) {
      d.event ??= 'die';
      return 'death';
    }
    if (t.lower === 'number' && toks[k + 1]?.lower === 'of') {
      let n = k + 2;
      if (toks[n]?.lower === 'the') n++;
      const noun = toks[n];
      if (!noun || noun.kind !== 'word' || isFunctionWord(noun)) return null;
      const ev = toks[n + 1] && EVENT_LEMMAS[toks[n + 1]!.lower];
      if (ev) d.event ??= ev;
      return lemma(noun.text);
    }
  }
  return null;
}

function antecedent(ctx: Context, d: Draft, prev: Draft | null): string | null {
  const toks = ctx.tokens;
  const [s0] = ctx.sentenceTokens(d.s);
  const toll = tollBefore(toks, d, s0);
  if (toll) return toll;
  // "12,000 people were displaced … and at least 37 have died": the count before, in the same sentence
  if (prev && prev.kind === 'count' && prev.measure && prev.e > s0) return prev.measure;
  for (let k = d.s - 1; k >= Math.max(s0, d.s - 14); k--) {
    const t = toks[k]!;
    if ((t.lower === 'whom' || t.lower === 'which' || t.lower === 'them' || t.lower === 'those') && toks[k - 1]?.lower === 'of') {
      let m = k - 2;
      if (toks[m]?.text === ',') m--;
      if (toks[m] && toks[m]!.kind === 'word' && !isFunctionWord(toks[m]!)) return lemma(toks[m]!.text);
    }
    if (isPluralNoun(t)) return lemma(t.text);
  }
  return null;
}

export const measureRefiner: Refiner = {
  name: 'measure',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    let prevCount: Draft | null = null;
    for (const d of drafts) {
      if (d.kind === 'count' && d.measure) prevCount = d;
      if (d.measure || d.kind === 'year' || d.kind === 'date' || d.kind === 'ordinal') continue;
      const after = d.after ?? d.e;
      let m = toks[after] && !CLAUSE_BREAKS.has(toks[after]!.text) ? headAfter(toks, after) : null;
      if (!m && (d.kind === 'money' || d.kind === 'percent' || d.kind === 'measure')) {
        let k = d.s - 1;
        if (toks[k]?.lower === 'of' || toks[k]?.lower === 'at' || toks[k]?.lower === 'by') k--;
        const t = toks[k];
        if (t && k < d.s - 1 && t.kind === 'word' && !isFunctionWord(t)) m = lemma(t.text);
      }
      if (!m && d.kind === 'count') {
        const n = toks[after];
        if (!n || isFunctionWord(n) || n.kind !== 'word') m = antecedent(ctx, d, prevCount);
      }
      d.measure = m;
      if (d.kind === 'count' && m) prevCount = d;
    }
    return drafts;
  },
};
