/**
 * timeFrame: the period the number covers. Rates ("$400 million a year", "per day", "annual budget of",
 * "annually") give `per year` etc., and money/measure units become rates (`USD/year`). Periods ("over the past
 * decade", "so far this year", "over its 10-year existence", "last year") are kept as written.
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import type { Token } from '../tokenizer.js';
import type { Refiner } from '../types.js';
import { isClauseBreak, phrase } from './util.js';

const PERIOD_UNITS = asMap<string>({ year: 'year', month: 'month', week: 'week', day: 'day', hour: 'h', annum: 'year', minute: 'min', second: 's' });
const AGO = asMap<true>({ earlier: true, ago: true, before: true, later: true, prior: true });
const ADJ_RATES = asMap<string>({ annual: 'year', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'h' });
const TIME_NOUNS = new WordSet(['year', 'years', 'decade', 'decades', 'month', 'months', 'week', 'weeks', 'day', 'days', 'existence', 'period', 'history', 'lifetime', 'century', 'quarter', 'term', 'tenure', 'mandate', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'time']);
const isTimeNoun = (t: Token) => t.kind === 'word' && TIME_NOUNS.has(t.lower);
const PERIOD_STARTS = new WordSet(['over', 'during', 'in', 'within', 'throughout', 'since', 'for', 'last', 'this', 'so', 'thus', 'past', 'next', 'until', 'by']);

/**
 * Price denominators: "$58 per barrel", "$21 a share", "$1,100 per square foot". Money then becomes a price
 * (`USD/bbl`), which never groups with a total. Values are the unit codes of lexicon/units.ts where one exists.
 */
const PER_ITEM = asMap<string>({
  share: 'share', barrel: 'bbl', bbl: 'bbl', gallon: 'gal', litre: 'l', liter: 'l', ounce: 'oz', oz: 'oz', gram: 'g', kilo: 'kg',
  kilogram: 'kg', kg: 'kg', ton: 't', tonne: 't', night: 'night', head: 'head', person: 'person', capita: 'person', seat: 'seat',
  ticket: 'ticket', unit: 'unit', mmbtu: 'MMBtu', kwh: 'kWh', megawatt: 'MW', mwh: 'MWh', game: 'game',
});
const SQUARE = asMap<string>({ foot: 'ft2', feet: 'ft2', ft: 'ft2', metre: 'm2', meter: 'm2', m: 'm2', mile: 'mi2', km: 'km2' });

/** "per barrel", "a share", "/oz", "per square foot": returns [denominator unit, tokens used]. */
function itemRateAt(toks: Token[], j: number): [string, number] | null {
  const a = toks[j];
  const b = toks[j + 1];
  if (!a || !b || b.kind !== 'word') return null;
  const per = a.lower === 'per' || a.lower === 'a' || a.lower === 'an' || (a.text === '/' && a.gap === 0);
  if (!per) return null;
  if ((b.lower === 'square' || b.lower === 'sq') && toks[j + 2] && SQUARE.get(toks[j + 2]!.lower)) return [SQUARE.get(toks[j + 2]!.lower)!, 3];
  // "a unit" / "a game" / "a head" need "per": after "a" they are usually a new noun phrase
  if (a.lower !== 'per' && a.text !== '/' && (b.lower === 'unit' || b.lower === 'game' || b.lower === 'head' || b.lower === 'person')) return null;
  const u = PER_ITEM.get(b.lower);
  return u ? [u, 2] : null;
}

/** "a year", "per day", "each month", "barrel-a-day", "a year" glued from captions: returns [period, tokens used]. */
function rateAt(toks: Token[], j: number): [string, number] | null {
  const a = toks[j];
  const b = toks[j + 1];
  if (!a) return null;
  // "52,000 barrel-a-day": the hyphenated form of "a day" after a unit
  if (a.text === '-' && a.gap === 0 && b && (b.lower === 'a' || b.lower === 'per') && toks[j + 2]?.text === '-' && toks[j + 3] && PERIOD_UNITS.get(toks[j + 3]!.lower)) {
    return [PERIOD_UNITS.get(toks[j + 3]!.lower)!, 4];
  }
  if (ADJ_RATES.get(a.lower) && a.lower.endsWith('ly')) return [ADJ_RATES.get(a.lower)!, 1];
  if (b && (a.lower === 'a' || a.lower === 'an' || a.lower === 'per' || a.lower === 'each' || a.lower === 'every') && PERIOD_UNITS.get(b.lower)) {
    // "$6.78 billion a year earlier" / "a year ago" dates the figure, it is not a rate
    if (a.lower === 'a' && toks[j + 2] && AGO.get(toks[j + 2]!.lower)) return null;
    return [PERIOD_UNITS.get(b.lower)!, 2];
  }
  // "£24 a-year"
  if (b && a.lower === 'a' && b.text === '-' && b.gap === 0 && toks[j + 2]?.gap === 0 && PERIOD_UNITS.get(toks[j + 2]!.lower)) return [PERIOD_UNITS.get(toks[j + 2]!.lower)!, 3];
  if (a.text === '/' && a.gap === 0 && b && (PERIOD_UNITS.get(b.lower) || b.lower === 'yr')) return [PERIOD_UNITS.get(b.lower) ?? 'year', 2];
  return null;
}

/** A period phrase starting at k: preposition/determiner words then a time noun within 5 tokens. */
function periodAt(toks: Token[], k: number, limit: number): number {
  const t = toks[k];
  // called at every token of two windows per draft: the kind test skips numbers and symbols before any hashing
  if (!t || t.kind !== 'word' || !PERIOD_STARTS.has(t.lower)) return -1;
  for (let m = k + 1; m < Math.min(limit, k + 6); m++) {
    const x = toks[m]!;
    if (x.kind === 'sym' && (x.text === ',' || isClauseBreak(x))) return -1;
    if (isTimeNoun(x)) {
      let e = m + 1;
      while (e < limit && isTimeNoun(toks[e]!)) e++; // "over its 10-year existence"
      return e;
    }
  }
  return -1;
}

/**
 * A rate said after the counted noun or after a bracketed conversion: "3,000 tests a day", "78,000 times a minute",
 * "9 billion shekels ($2.4 billion) a year" (both amounts). The span stays on the number.
 */
/** The token after a bracketed conversion next to a figure at e ("(US$4.46)"), or after the ")" closing it; -1 if none. */
function afterBracket(toks: Token[], e: number): number {
  if (toks[e]?.text === ')') return e + 1;
  if (toks[e]?.text !== '(') return -1;
  let k = e + 1;
  while (k < e + 8 && toks[k] && toks[k]!.text !== ')' && !isClauseBreak(toks[k]!)) k++;
  return toks[k]?.text === ')' ? k + 1 : -1;
}

function rateLater(toks: Token[], d: { kind: string; unit: string | null; e: number }): string | null {
  let j = afterBracket(toks, d.e);
  if (j > 0) {
    // a rate after the conversion in brackets: "($2.4 billion) a year"
  } else if (d.kind === 'count' && d.unit === null) {
    j = d.e;
    // one or two lowercase words of the counted noun
    let n = 0;
    while (n < 2 && toks[j]?.kind === 'word' && toks[j]!.gap > 0 && toks[j]!.text === toks[j]!.lower && !FUNCTION_LIKE.has(toks[j]!.lower)) { j++; n++; }
    if (n === 0) return null;
  } else return null;
  const r = rateAt(toks, j);
  return r ? r[0] : null;
}
/** Words that end a counted noun before a rate could follow it. */
const FUNCTION_LIKE = new WordSet(['a', 'an', 'per', 'each', 'every', 'the', 'of', 'in', 'on', 'at', 'for', 'and', 'or', 'to', 'from', 'by', 'with']);

export const timeFrameRefiner: Refiner = {
  name: 'time-frame',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    for (const d of drafts) {
      if (d.kind === 'year' || d.kind === 'date' || d.kind === 'ordinal' || d.tally) continue;
      const [s0, s1] = ctx.sentenceTokens(d.s);
      let period: string | null = null;
      const r = rateAt(toks, d.e);
      const later = r ? null : rateLater(toks, d);
      if (r) {
        period = r[0];
        d.e += r[1];
      } else if (later) {
        period = later;
      } else {
        for (let k = d.s - 1; k >= Math.max(s0, d.s - 4); k--) {
          const l = toks[k]!.lower;
          // every key ends in "y" or is "annual": test that before the dictionary lookup (this loop is hot)
          const rate = l.charCodeAt(l.length - 1) === 121 || l === 'annual' ? ADJ_RATES.get(l) : undefined;
          if (rate) period = rate;
          if (isClauseBreak(toks[k]!)) break;
        }
      }
      // "63 cents per share": a price in cents is a price per item too
      if (!period && d.kind === 'money' && d.unit && (!d.unit.includes('/') || d.unit.endsWith('/100'))) {
        const item = itemRateAt(toks, d.e);
        if (item) {
          d.unit = `${d.unit}/${item[0]}`;
          d.e += item[1];
          continue;
        }
        // "C$6 (US$4.46) per share": the price after a bracketed conversion holds for both amounts
        const after = afterBracket(toks, d.e);
        const later = after > 0 ? itemRateAt(toks, after) : null;
        if (later) {
          d.unit = `${d.unit}/${later[0]}`;
          continue;
        }
      }
      if (period) {
        d.timeFrame = `per ${period === 's' ? 'second' : period === 'min' ? 'minute' : period}`;
        if (d.unit && (d.kind === 'money' || d.kind === 'measure') && !d.unit.includes('/')) d.unit = `${d.unit}/${period}`;
        continue;
      }
      // a period phrase after the number (same clause), else before it
      for (let k = d.e; k < Math.min(s1, d.e + 12); k++) {
        if (isClauseBreak(toks[k]!)) break;
        const end = periodAt(toks, k, s1);
        if (end > 0) {
          d.timeFrame = phrase(toks, k, end);
          break;
        }
      }
      if (!d.timeFrame) {
        for (let k = Math.max(s0, d.s - 10); k < d.s; k++) {
          const end = periodAt(toks, k, d.s);
          if (end > 0 && end <= d.s) {
            d.timeFrame = phrase(toks, k, end);
            break;
          }
        }
      }
    }
    // "from $75 per barrel to $45.88": the two levels of one change share the price or rate said on one of them
    for (let n = 1; n < drafts.length; n++) {
      const a = drafts[n - 1]!;
      const b = drafts[n]!;
      const paired = (a.change === 'from' && b.change === 'to' && b.delta !== undefined) || (a.change === 'to' && b.change === 'from' && a.delta !== undefined);
      if (!paired || !a.unit || !b.unit || a.kind !== b.kind) continue;
      if (a.unit.startsWith(`${b.unit}/`)) { b.unit = a.unit; b.timeFrame ??= a.timeFrame; }
      else if (b.unit.startsWith(`${a.unit}/`)) { a.unit = b.unit; a.timeFrame ??= b.timeFrame; }
    }
    return drafts;
  },
};
