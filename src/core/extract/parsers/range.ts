/**
 * Ranges: "between 500 and 600", "from 252 to 287 miles", "500-600 people", "25-40%", "$750,000 to $1 million",
 * "four to five thousand". Qualifier `range`; low/high are the bounds, value the midpoint. The unit and scale of
 * one side apply to the other when only one side writes them. "from X to Y" after a change word ("cut from $30bn to
 * $6bn", "rose from 5% to 7%") is two levels, the level before and the level after (change `from`/`to`; the change
 * refiner adds the direction and the delta). Without "from", "X to Y" after a change verb ("rose 5% to 7%") is two
 * values too.
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import { isDigits, type Token } from '../tokenizer.js';
import { readQuantity, type QuantityRead } from '../read-quantity.js';
import { draft, type Parser } from '../types.js';
import { TREND_VERBS } from '../lexicon/trend-words.js';
import { changeWordBefore } from '../refiners/change.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const TREND_VERBS_MAP = asMap(TREND_VERBS);

const JOIN_DASH = new Set(['-', '–', '—']);

const BETWEEN_VERB = new WordSet(['by', 'about', 'some', 'nearly', 'almost', 'around', 'roughly', 'just', 'another']);
/** A change verb right before the number ("rose 5% to 7%", "fell by about 3 to 4"). */
function isChangeBefore(toks: Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && k >= 0 && BETWEEN_VERB.has(toks[k]!.lower)) k--;
  return k >= 0 && !!TREND_VERBS_MAP.get(toks[k]!.lower) && toks[k]!.lower !== 'up' && toks[k]!.lower !== 'down';
}

function combine(a: QuantityRead, b: QuantityRead, descending: boolean): [number, number, string | null, QuantityRead['kind']] | null {
  let lo = a.value;
  const hi = b.value;
  // "four to five thousand", "3 to 4 million": the scale of the second side applies to an unscaled first side
  // only when the bare number is below the scaled one's digits: "$89 to $93 billion", not "$200 to $4 million"
  if (!a.scaled && b.scaled && a.numEnd === a.end && a.value <= b.value / b.mult) lo *= b.mult;
  // "0.4 per cent to 13176": a unit written only on the first side means two different quantities
  if (a.unit && !b.unit && !descending) return null;
  const unit = a.unit ?? b.unit;
  if (a.unit && b.unit && a.unit !== b.unit) return null;
  const kind = a.kind !== 'count' ? a.kind : b.kind;
  if (!(lo < hi) && !(descending && lo > hi)) return null;
  return [Math.min(lo, hi), Math.max(lo, hi), unit, kind];
}

/**
 * A plain four-digit count that could be a year. A module function, not a closure in parse(): a closure over
 * parse()'s locals makes V8 allocate a context object on every call, and parse() runs at every trigger token.
 */
function yearLike(toks: Token[], q: QuantityRead): boolean {
  return q.kind === 'count' && !q.scaled && isDigits(toks[q.start]!.text, 4, 4) && q.value >= 1000 && q.value <= 2100;
}

export const rangeParser: Parser = {
  name: 'range',
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    let k = i;
    const lead = t.lower === 'between' ? 'and' : t.lower === 'from' ? 'to' : null;
    if (lead) {
      k = i + 1;
    }
    const a = readQuantity(toks, k);
    if (!a) return null;
    const j = a.end;
    const sep = toks[j];
    if (!sep) return null;
    let b: QuantityRead | null = null;
    // "8- to 16-meter", "7- or 8-inch": a suspended hyphen; the unit glued to the second number serves both
    if (!lead && JOIN_DASH.has(sep.text) && sep.gap === 0 && !a.unit && toks[j + 1]?.lower === 'to' && toks[j + 1]!.gap === 1) {
      b = readQuantity(toks, j + 2);
      if (!b || !b.unit || toks[b.numEnd]?.text !== '-') return null;
      const lo = a.value * (b.scaled && !a.scaled ? b.mult : 1);
      if (!(lo < b.value)) return null;
      return draft(i, b.end, b.kind, (lo + b.value) / 2, { unit: b.unit, low: lo, high: b.value, qualifier: 'range', precision: 0 });
    }
    // "a 0-to-60-mph time", "a 10-to-15-minute walk": the span written as one hyphenated modifier
    if (!lead && JOIN_DASH.has(sep.text) && sep.gap === 0 && toks[j + 1]?.lower === 'to' && toks[j + 1]!.gap === 0 && toks[j + 2]?.text === '-' &&
      toks[j + 2]!.gap === 0 && toks[j + 3]?.kind === 'num' && toks[j + 3]!.gap === 0 && !a.unit) {
      b = readQuantity(toks, j + 3);
      if (!b || !b.unit || !(a.value < b.value)) return null;
      return draft(i, b.end, b.kind, (a.value + b.value) / 2, { unit: b.unit, low: a.value, high: b.value, qualifier: 'range', precision: 0 });
    }
    if (lead === 'to' && sep.lower === 'up' && toks[j + 1]?.lower === 'to') {
      b = readQuantity(toks, j + 2); // "from 450 sq ft up to 900 sq ft"
    } else if (lead) {
      if (sep.lower !== lead && !(lead === 'to' && JOIN_DASH.has(sep.text))) return null;
      b = readQuantity(toks, j + 1);
    } else if (JOIN_DASH.has(sep.text) && sep.gap <= 1 && toks[j + 1] && toks[j + 1]!.gap <= 1) {
      b = readQuantity(toks, j + 1);
    } else if (sep.lower === 'to' && (!isChangeBefore(toks, i) || (toks[i - 1]?.lower === 'by' && !a.unit))) {
      // after a change verb, "X to Y" is two values ("rose 5% to 7%") except the hedged amount "fell by 1 to 1.5 degrees"
      b = readQuantity(toks, j + 1);
      // "four to 10" mixes styles only when a unit ties them ("seven to 10 years", "five per cent to 20 per cent")
      if (b && a.words !== b.words && !b.unit) return null;
    } else if (sep.lower === 'or' && a.words && toks[j + 1]?.kind === 'word') {
      b = readQuantity(toks, j + 1); // "three or four years"
      if (b && (!b.words || b.value - a.value !== 1)) b = null;
    }
    if (!b) return null;
    // "from 208 pounds to 193": a written change is still reported as the span it covers
    const c = combine(a, b, lead === 'to');
    if (!c) return null;
    const [lo, hi, unit, kind] = c;
    // "rose 60% in 2018 to 3.9 million": a year and a count are never the two ends of one range
    // ("2000-2500 calories": two four-digit numbers joined by a dash with a unit after them are a span of that unit)
    const dashedUnit = JOIN_DASH.has(sep.text) && !!b.unit && !b.scaled && isDigits(toks[b.start]!.text, 4, 4) && a.value < b.value;
    if (yearLike(toks, a) !== yearLike(toks, b) && (b.scaled || b.unit || a.unit || b.value > 10000) && !dashedUnit) return null;
    const countNoun = toks[b.end]?.kind === 'word' && /^[a-z]{3,}[^s]s$/.test(toks[b.end]!.text); // "from 1000 to 2000 hires"
    if (yearLike(toks, a) && yearLike(toks, b) && !countNoun) {
      if (!lead) return null; // "2014-2017" is the year parser's
      return draft(i, b.end, 'year', null, { unit: 'year', low: lo, high: hi, qualifier: 'range' });
    }
    // "cut from $30 billion to $6 billion", "jumped from 240 to 273": a stated change is two levels, not a span
    if (lead === 'to' && changeWordBefore(toks, i)) {
      const moved = !a.scaled && b.scaled && a.numEnd === a.end && a.value <= b.value / b.mult; // the scale of "to" applies to "from"
      const av = moved ? a.value * b.mult : a.value;
      const from = draft(a.start, a.end, kind, av, { unit, precision: moved ? b.precision : a.precision, change: 'from' });
      from.next = draft(b.start, b.end, kind, b.value, { unit, precision: b.precision, change: 'to' });
      return from;
    }
    return draft(i, b.end, kind, (lo + hi) / 2, { unit, low: lo, high: hi, qualifier: 'range', precision: 0 });
  },
};
