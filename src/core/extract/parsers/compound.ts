/**
 * Hyphenated compounds: "9,000-strong" (a count, measure `strength`), "10-year" / "five-day" (a duration),
 * "55-year-old" (an age), and the number-free "decade-old" / "decade-long" / "century-old" (10 / 100 years).
 */
import { asMap } from '../lexicon/dict.js';
import { readPlainNumber } from '../read-quantity.js';
import { draft, type Parser } from '../types.js';

const DURATION = asMap<string>({
  year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day',
  hour: 'h', hours: 'h', minute: 'min', minutes: 'min', decade: 'decade', decades: 'decade', century: 'century', second: 's',
});
/** Number words that take "-fold" glued ("twofold" … "tenfold", "hundredfold"). */
export const FOLD_NUMBERS = asMap<number>({ two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20,
  hundred: 100, thousand: 1000 });
const WORD_SPANS = asMap<number>({ decade: 10, century: 100 });

export const compoundParser: Parser = {
  name: 'compound',
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    if (t.kind === 'word' && WORD_SPANS.get(t.lower) && toks[i + 1]?.text === '-' && toks[i + 1]!.gap === 0) {
      const w = toks[i + 2];
      if (w && w.gap === 0 && (w.lower === 'old' || w.lower === 'long')) {
        return draft(i, i + 3, 'duration', WORD_SPANS.get(t.lower)!, { unit: 'year', measure: w.lower === 'old' ? 'age' : 'duration' });
      }
      return null;
    }
    // "sixfold", "tenfold": a multiplier in one word ("grew more than sixfold")
    if (t.kind === 'word' && t.lower.length > 6 && t.lower.endsWith('fold')) {
      const v = FOLD_NUMBERS.get(t.lower.slice(0, -4));
      return v === undefined ? null : draft(i, i + 1, 'count', v, { measure: 'time' });
    }
    const num = readPlainNumber(toks, i);
    if (!num) return null;
    const h = toks[num.end];
    const w = toks[num.end + 1];
    // "a 50 year-old man", "her 18 month-old daughter": the hyphen sits between the unit and "old"
    const ageUnit = h && h.kind === 'word' && h.gap === 1 ? DURATION.get(h.lower) : undefined;
    if (ageUnit && (ageUnit === 'year' || ageUnit === 'month' || ageUnit === 'week' || ageUnit === 'day') && w?.text === '-' && w.gap === 0 &&
      toks[num.end + 2]?.lower === 'old' && toks[num.end + 2]!.gap === 0) {
      return draft(i, num.end + 3, 'duration', num.value, { unit: ageUnit, measure: 'age' });
    }
    if (!h || !w || h.text !== '-' || h.gap !== 0 || w.gap !== 0 || w.kind !== 'word') return null;
    // "a six-fold rise", "a 10-fold increase": a multiplier, counted like "six times"
    if (w.lower === 'fold') return draft(i, num.end + 2, 'count', num.value, { precision: 0, measure: 'time' });
    if (w.lower === 'strong') {
      return draft(i, num.end + 2, 'count', num.value, { precision: num.precision, measure: 'strength' });
    }
    const unit = DURATION.get(w.lower);
    if (!unit) return null;
    let e = num.end + 2;
    let measure: string | null = null;
    if (toks[e]?.text === '-' && toks[e]!.gap === 0 && toks[e + 1]?.lower === 'old' && toks[e + 1]!.gap === 0) {
      e += 2;
      measure = 'age';
    } else if (toks[e]?.text === '-' && toks[e]!.gap === 0 && toks[e + 1]?.lower === 'long' && toks[e + 1]!.gap === 0) {
      e += 2;
    }
    return draft(i, e, 'duration', num.value, { unit, precision: 0, ...(measure ? { measure } : {}) });
  },
};
