/**
 * Fractions: "one-third", "two-thirds of", "a quarter of", "half of", "3/4". Kind `ratio`, value in [0, 1].
 * A bare "half" or "quarter" ("first half", "third quarter") is not read; "of" must follow word fractions
 * written without a numerator word, or for "half" a determiner ("half its troops") or a cut ("cut in half", trend down).
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import { FRACTION_WORDS, UNITS_WORDS, VULGAR_FRACTIONS } from '../lexicon/number-words.js';
import { draft, type Draft, type Parser } from '../types.js';
import { readUnitSuffix } from '../read-quantity.js';
import { isDigits, type Token } from '../tokenizer.js';
import { isCapitalised } from '../refiners/util.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const FRACTION_WORDS_MAP = asMap(FRACTION_WORDS);
const UNITS_WORDS_MAP = asMap(UNITS_WORDS);

/** "1/16 of a pint", "three-quarters of a mile": a fraction of one unit is a measure in that unit. */
function ofAUnit(toks: Token[], d: Draft): Draft {
  if (toks[d.e]?.lower !== 'of' || (toks[d.e + 1]?.lower !== 'a' && toks[d.e + 1]?.lower !== 'an')) return d;
  let k = d.e + 2;
  if (toks[k]?.text === 'US' || toks[k]?.lower === 'imperial') k++; // "1/16 of a US pint"
  const u = readUnitSuffix(toks, k, false);
  if (!u || u.kind === 'money') return d;
  d.kind = u.kind;
  d.unit = u.unit;
  d.e = u.end;
  return d;
}

/** Determiners after a bare "half" that make it a share of what follows: "half its troops", "half the staff". */
const HALF_DETERMINERS = new WordSet(['its', 'their', 'his', 'her', 'our', 'the', 'these', 'those', 'all']);
const CUT_VERBS = new WordSet(['cut', 'cuts', 'cutting', 'slash', 'slashed', 'slashing', 'slashes', 'reduce', 'reduced', 'reducing', 'reduces']);

/** A cut verb up to five words before "in half", within the clause. */
function cutBefore(toks: Token[], k: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 5); m--) {
    const w = toks[m]!;
    if (w.kind === 'sym') return false;
    if (CUT_VERBS.has(w.lower)) return true;
  }
  return false;
}

/** Words before a fraction that state an amount ("about 1/3", "by 2/3", "more than 3/4"). */
const AMOUNT_BEFORE = new WordSet(['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'some', 'over', 'under', 'than', 'by', 'to',
  'only', 'just', 'exactly', 'least', 'most', 'barely', 'fully', 'precisely']);
/** Nouns a fraction is commonly stated of without "of": "a 2/3 majority", "a 1/4 stake", "a 1/2 point". */
const FRACTION_NOUNS = new WordSet(['majority', 'majorities', 'share', 'shares', 'stake', 'stakes', 'point', 'points', 'portion', 'vote', 'votes',
  'supermajority', 'fraction', 'split', 'ratio', 'chance', 'odds', 'cup', 'cups', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'inch',
  'inches', 'mile', 'miles', 'hour', 'hours', 'pound', 'pounds', 'ounce', 'ounces']);

/**
 * A slash pair shaped like a month and day ("4/12", "1/6") is a fraction only where the sentence states an amount
 * with it: "of" or a unit after it ("3/4 of the budget", "1/4 mile", "1/2 cup of flour", "a 3/4-inch pipe"), a noun fractions are stated
 * of ("a 2/3 majority", "1/2 cup olive oil"), a whole number before it ("2 1/2") or an amount word ("about 1/3", "by 2/3"),
 * or no words on either side (a table cell). Otherwise it
 * names a day ("the 4/12 attacks", "since 4/12") and is read as a date without a year, which is not a statistic.
 */
function fractionContext(toks: Token[], s: number, e: number): boolean {
  const a = toks[e], p = toks[s - 1];
  if (a && a.gap <= 1) {
    if (a.lower === 'of' || FRACTION_NOUNS.has(a.lower) || (a.text === '-' && a.gap === 0) || readUnitSuffix(toks, e, false)) return true;
    if (a.lower === '%' || a.lower === 'percent') return true;
    // "1/2 cup of flour": a measure noun and "of"
    if (a.kind === 'word' && toks[e + 1]?.lower === 'of' && !isCapitalised(a)) return true;
  }
  if (p && (p.kind === 'num' || AMOUNT_BEFORE.has(p.lower))) return true;
  // a pair with no words around it (a table cell, a list item) is a value: nothing says it names a day
  return (!p || p.kind !== 'word') && (!a || a.kind !== 'word');
}

export const fractionParser: Parser = {
  name: 'fraction',
  parse(ctx, i) {
    const d = parseFraction(ctx.tokens, i);
    return d && ofAUnit(ctx.tokens, d);
  },
};

function parseFraction(toks: Token[], i: number): Draft | null {
  {
    const t = toks[i]!;
    // "the ⅔ majority"
    if (t.kind === 'sym' && VULGAR_FRACTIONS[t.text] !== undefined) return draft(i, i + 1, 'ratio', VULGAR_FRACTIONS[t.text]!);
    // "1⁄32": the fraction slash (U+2044) only ever writes a fraction
    if (t.kind === 'num' && isDigits(t.text, 1, 3) && toks[i + 1]?.text === '⁄' && toks[i + 2]?.kind === 'num' && toks[i + 2]!.num > 0) {
      return draft(i, i + 3, 'ratio', t.num / toks[i + 2]!.num);
    }
    if (t.kind === 'num' && isDigits(t.text, 1, 2) && toks[i + 1]?.text === '/' && toks[i + 1]!.gap === 0) {
      const d = toks[i + 2];
      if (d && d.kind === 'num' && d.gap === 0 && isDigits(d.text, 1, 2) && d.num! > t.num! && d.num! > 1 && toks[i + 3]?.text !== '/') {
        if (t.num! <= 12 && d.num! <= 31 && !fractionContext(toks, i, i + 3)) {
          return draft(i, i + 3, 'date', null, { iso: `--${String(t.num).padStart(2, '0')}-${String(d.num).padStart(2, '0')}` });
        }
        return draft(i, i + 3, 'ratio', t.num! / d.num!);
      }
      return null;
    }
    if (t.kind !== 'word') return null;
    // "one out of three", "two in five"
    if (UNITS_WORDS_MAP.get(t.lower) && (toks[i + 1]?.lower === 'out' && toks[i + 2]?.lower === 'of' || toks[i + 1]?.lower === 'in')) {
      const k = toks[i + 1]!.lower === 'in' ? i + 2 : i + 3;
      const den = UNITS_WORDS_MAP.get(toks[k]?.lower ?? '') ?? (toks[k]?.kind === 'num' ? toks[k]!.num : undefined);
      if (den && den > UNITS_WORDS_MAP.get(t.lower)!) return draft(i, k + 1, 'ratio', UNITS_WORDS_MAP.get(t.lower)! / den);
    }
    const num = t.lower === 'a' || t.lower === 'an' ? 1 : UNITS_WORDS_MAP.get(t.lower);
    if (num !== undefined && num > 0 && num < 10) {
      let j = i + 1;
      const hy = toks[j]?.text === '-' && toks[j]!.gap === 0;
      if (hy) j++;
      const f = toks[j];
      if (!f || f.kind !== 'word') return null;
      const den = FRACTION_WORDS_MAP.get(f.lower);
      if (!den) return null;
      if (den === 2 && num !== 1) return null;
      const plural = f.lower.endsWith('s');
      if ((num === 1) !== !plural && den !== 2) return null;
      // "exactly one sixth." — a fraction word closing the clause needs no "of"
      const closes = !toks[j + 1] || (toks[j + 1]!.kind === 'sym' && toks[j + 1]!.text !== '-');
      if (!hy && toks[j + 1]?.lower !== 'of' && !(plural && num > 1) && !(closes && t.lower !== 'a' && den > 2)) return null;
      if (hy && t.lower === 'a') return null;
      return draft(i, j + 1, 'ratio', num / den);
    }
    if (t.lower === 'half' && toks[i - 1]?.lower !== 'first' && toks[i - 1]?.lower !== 'second') {
      // "cut the force in half", "cutting in half the number of": a fall by one half
      if (toks[i - 1]?.lower === 'in' && cutBefore(toks, i - 1)) return draft(i, i + 1, 'ratio', 0.5, { trend: 'down' });
      // "half of", "half its troops", "half the staff"
      if (toks[i + 1]?.lower === 'of' || (toks[i + 1] && HALF_DETERMINERS.has(toks[i + 1]!.lower) && toks[i + 2]?.kind === 'word')) return draft(i, i + 1, 'ratio', 0.5);
    }
    return null;
  }
}
