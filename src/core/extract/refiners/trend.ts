/**
 * Trend: the number is a change when a change verb governs it ("rose 7 percent", "fell by $2bn", "cut by 10%"),
 * a change noun follows it ("a 5% rise") or precedes it with "of" ("an increase of 3%"), or "up/down N"
 * ("down 3%", "up from 1,900" is a previous level, not a change: no trend for the number after "from").
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import type { Trend } from '../../model/mention.js';
import { TREND_NOUNS, TREND_VERBS } from '../lexicon/trend-words.js';
import type { Refiner } from '../types.js';
import type { Token } from '../tokenizer.js';
import { isCapitalised, isFunctionWord } from './util.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const TREND_NOUNS_MAP = asMap(TREND_NOUNS);
const TREND_VERBS_MAP = asMap(TREND_VERBS);

/** Words between a change verb and its number: "rose by about", "fell more than", "climbed just under". */
const SKIP = new WordSet(['by', 'about', 'some', 'nearly', 'almost', 'over', 'more', 'than', 'around', 'roughly', 'just', 'another', 'a', 'an', 'further', 'only', 'sharply', 'slightly', 'as', 'much', 'many', 'under', 'below', 'above', 'less', 'fewer', 'least', 'well', 'approximately', 'nearly', 'an', 'estimated', 'marginally', 'modestly', 'steeply', '~',
  // adjectives after an article: "rose a sharp 12%", "jumped a record 20%"
  'sharp', 'record', 'modest', 'whopping', 'massive', 'huge', 'staggering', 'healthy', 'solid', 'mere', 'meagre', 'meager', 'robust',
  'strong', 'steep', 'hefty', 'impressive', 'further', 'additional', 'small', 'slight', 'big', 'dramatic', 'significant']);
/** Verbs whose particle is "up": after them "up" does not mark a change ("gave up 517 yards", "racked up 40 points"). */
const PHRASAL_UP = new WordSet(['give', 'gave', 'given', 'gives', 'giving', 'pick', 'picked', 'picks', 'picking', 'rack', 'racked', 'racking',
  'snap', 'snapped', 'scoop', 'scooped', 'make', 'made', 'makes', 'making', 'set', 'sets', 'setting', 'sign', 'signed', 'signs', 'take', 'took',
  'taken', 'takes', 'taking', 'put', 'puts', 'putting', 'bring', 'brought', 'brings', 'use', 'used', 'uses', 'using', 'tot', 'totted', 'chalk',
  'chalked', 'rake', 'raked', 'ring', 'rang', 'rung', 'run', 'ran', 'runs', 'running', 'serve', 'served', 'serves', 'serving', 'cough', 'coughed', 'stump', 'stumped']);
/** "raise" with the amount as its object is fundraising: "raised $5 million". */
const RAISE = new WordSet(['raise', 'raised', 'raises', 'raising']);
/** A number after these is a level ("closed at 41", "fell to 82", "down from 1,900"), not the change. */
const LEVEL = new WordSet(['from', 'at', 'to']);

/** Tokens [a, b) are one or two lowercase words (the noun of a figure: "positions", "new jobs"). */
function lowerWords(toks: Token[], a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (toks[k]!.kind !== 'word' || isCapitalised(toks[k]!)) return false;
  return true;
}

export const trendRefiner: Refiner = {
  name: 'trend',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    let prev: (typeof drafts)[number] | null = null;
    for (const d of drafts) {
      const before = prev;
      prev = d;
      if (d.kind === 'year' || d.kind === 'date' || d.kind === 'ordinal' || d.tally) continue;
      // "+0.8%", "-1.3%": a signed percentage is a change
      const sign = toks[d.s]!.text;
      if (d.kind === 'percent' && (sign === '+' || sign === '-' || sign === '−')) {
        d.trend = sign === '+' ? 'up' : 'down';
        continue;
      }
      // "fell by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)": a conversion in brackets shares the change
      if (before?.trend && toks[d.s - 1]?.text === '(' && before.e === d.s - 1 && before.kind === d.kind) {
        d.trend = before.trend;
        continue;
      }
      // "lost 190 points, or 0.6%": the restatement after "or" shares the change
      // … and "grew by 125,600 positions or 2.2 per cent": the noun of the first figure may stand before "or"
      if (before?.trend && toks[d.s - 1]?.lower === 'or' && (before.e === d.s - 1 || (toks[before.e]?.text === ',' && before.e === d.s - 2) ||
        (d.s - 1 - (before.after ?? before.e) <= 2 && lowerWords(toks, before.after ?? before.e, d.s - 1)))) {
        d.trend = before.trend;
        continue;
      }
      let k = d.s - 1;
      // verbs before: skip hedges and "by"; a level preposition on the way means no change
      let steps = 0;
      let article = false;
      while (k >= 0 && steps < 4 && SKIP.has(toks[k]!.lower)) {
        if (toks[k]!.lower === 'a' || toks[k]!.lower === 'an') article = true;
        k--;
        steps++;
      }
      // "added a 30 degree homer", "posted a 12-page report": after an article the number modifies the noun after it,
      // which is the verb's object ("gained a further 5%", "a 5% rise" still are changes)
      const head = toks[d.e];
      const glued = head?.text === '-' && head.gap === 0 && toks[d.e + 1]?.kind === 'word' && toks[d.e + 1]!.gap === 0; // "a 12-page report"
      const attributive = article && !!head && (glued || (head.kind === 'word' && head.gap > 0 && !isFunctionWord(head) && !TREND_NOUNS_MAP.get(head.lower)));
      if (LEVEL.has(toks[k]?.lower ?? '') && d.qualifier !== 'range') continue;
      const v = toks[k];
      if (v && v.kind === 'word') {
        let t: Trend | undefined = attributive ? undefined : TREND_VERBS_MAP.get(v.lower);
        if (t && (v.lower === 'lost' || v.lower === 'lose' || v.lower === 'losing' || v.lower === 'loses') && d.kind === 'count') t = undefined;
        if (t && (v.lower === 'up' || v.lower === 'down') && d.s - k > 1 && toks[k + 1]?.lower !== 'by') t = undefined;
        if (t && v.lower === 'lower' && d.kind === 'count') t = undefined;
        // "gave up 517 yards", "picked up 40 seats": "up" is the particle of a phrasal verb, not "up 5%"
        if (t && v.lower === 'up' && toks[k - 1] && PHRASAL_UP.has(toks[k - 1]!.lower)) t = undefined;
        // "raised $5 million", "has raised 280 million of the …": the amount raised (funds), not a change of it
        if (t && RAISE.has(v.lower) && (d.kind === 'money' || d.kind === 'count') && toks[d.s - 1]?.lower !== 'by') t = undefined;
        if (t) {
          d.trend = t;
          continue;
        }
        // "grow sales by 35 per cent": a change verb a few words before "by"
        if (toks[d.s - 1]?.lower === 'by' || (k >= 0 && toks[k + 1]?.lower === 'by')) {
          let found: Trend | undefined;
          for (let m = k; m >= Math.max(0, k - 4); m--) {
            const w = TREND_VERBS_MAP.get(toks[m]!.lower);
            if (w && toks[m]!.lower !== 'up' && toks[m]!.lower !== 'down') { found = w; break; }
            if (toks[m]!.kind === 'sym') break;
          }
          if (found) { d.trend = found; continue; }
        }
        // "an increase of 3%"
        if (v.lower === 'of' && toks[k - 1] && TREND_NOUNS_MAP.get(toks[k - 1]!.lower) && toks[k - 1]!.lower !== 'loss') {
          d.trend = TREND_NOUNS_MAP.get(toks[k - 1]!.lower)!;
          continue;
        }
      }
      // "X was down 2.3%, Y by 2.6% and …": a list that leaves the change verb unsaid shares the change before it
      if (before?.trend && toks[d.s - 1]?.lower === 'by' && toks[d.s - 2] && isCapitalised(toks[d.s - 2]!) && before.e > ctx.sentenceTokens(d.s)[0] &&
        d.s - before.e <= 6) {
        d.trend = before.trend;
        continue;
      }
      // "a 5% rise", "a $2bn cut"
      const n = toks[d.e];
      if (n && n.kind === 'word' && TREND_NOUNS_MAP.get(n.lower) && n.lower !== 'loss' && d.kind !== 'count') d.trend = TREND_NOUNS_MAP.get(n.lower)!;
      else if (n && (n.lower === 'higher' || n.lower === 'more') && d.kind === 'percent') d.trend = 'up';
      else if (n && (n.lower === 'lower' || n.lower === 'less') && d.kind === 'percent') d.trend = 'down';
    }
    return drafts;
  },
};
