/**
 * Number words: "twenty-five", "two hundred and fifty thousand", "a dozen", "a million", "two and a half".
 * "one" is only a number before a content word and not after "no"/"the"/"any" ("no one", "the one that").
 */
import { asMap, WordSet } from './lexicon/dict.js';
import { FUNCTION_WORDS } from './lexicon/function-words.js';
import { GROUP_WORDS, SCALE_WORDS, TENS, UNITS_WORDS } from './lexicon/number-words.js';
import type { NumberRead } from './read-number.js';
import { andAHalf, shortScale } from './read-scale.js';
import { isPossessive, type Token } from './tokenizer.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const GROUP_WORDS_MAP = asMap(GROUP_WORDS);
const SCALE_WORDS_MAP = asMap(SCALE_WORDS);
const UNITS_WORDS_MAP = asMap(UNITS_WORDS);
const FUNCTION_WORD_SET = new WordSet(FUNCTION_WORDS);

const ONE_BLOCKERS = new Set(['another', 'or', 'who', 'which', 'that', 'thing', 'way', 'side', 'hand', 'time', 'point', 'more', 'last', 'such', 'and', 'another', 'must', 'can', 'could', 'would', 'should', 'will', 'might', 'may', 'is', 'was', 'has', 'had', 'does', 'did']);
/** Determiners that make "one" a pronoun when only adjectives stand between: "the most costly one in years". */
const ONE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'another', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
const ONE_PRE_BLOCKERS = new Set(['no', 'any', 'every', 'each', 'some', 'the', 'this', 'that', 'which', 'someone', 'anyone', 'no-one', 'everyone', 'at', 'as', 'only', 'just', 'the']);

/** Words that may stand between "one of" and a superlative: "the", a possessive pronoun. */
const SUPERLATIVE_DETERMINERS = new WordSet(['the', 'their', 'its', 'his', 'her', 'our', 'my', 'your']);
/**
 * A superlative ("most", "least", "best", "worst", a word in -est) after at most one determiner and one possessive
 * name, from k: "the most", "their largest", "the city's oldest" (but the word after "of" must not be the superlative
 * itself: "one of best" is not English and "one of interest" is no superlative).
 */
function beforeSuperlative(tokens: readonly Token[], k: number): boolean {
  let seen = 0;
  if (tokens[k] && SUPERLATIVE_DETERMINERS.has(tokens[k]!.lower)) { k++; seen++; }
  // A possessive after the determiner ("the city's"); alone, only a name ("Norland's").
  const p = tokens[k];
  if (p && p.kind === 'word' && isPossessive(p.text) && (seen || p.text[0] !== p.lower[0])) { k++; seen++; }
  const sup = tokens[k];
  if (!seen || !sup || sup.kind !== 'word') return false;
  return sup.lower === 'most' || sup.lower === 'least' || sup.lower === 'best' || sup.lower === 'worst' || sup.lower.endsWith('est');
}

export function readWords(tokens: Token[], i: number, money: boolean): NumberRead | null {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  let smallestScale = 0;
  const first = tokens[i]!;
  if (first.lower === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'dozen') return { value: 6, end: i + 3, precision: 0, words: true, scaled: false, mult: 1 };
  // "half a million", "half million", "a quarter million", "quarter of a million"
  {
    let k = i;
    if ((first.lower === 'a' || first.lower === 'an') && (tokens[i + 1]?.lower === 'quarter' || tokens[i + 1]?.lower === 'half')) k++;
    const f = tokens[k]?.lower === 'half' ? 0.5 : tokens[k]?.lower === 'quarter' ? 0.25 : 0;
    if (f) {
      let m = k + 1;
      if (tokens[m]?.lower === 'of' && tokens[m + 1]?.lower === 'a') m += 2;
      else if (tokens[m]?.lower === 'a' && f === 0.5) m++;
      const sc = SCALE_WORDS_MAP.get(tokens[m]?.lower ?? '');
      if (sc && sc >= 1e3) return { value: f * sc, end: m + 1, precision: 0, words: true, scaled: true, mult: sc };
    }
  }
  if ((first.lower === 'a' || first.lower === 'an') && tokens[i + 1]?.kind === 'word') {
    const nx = tokens[i + 1]!.lower;
    if (GROUP_WORDS_MAP.get(nx) && nx !== 'score' && nx !== 'pair' && nx !== 'couple') return { value: GROUP_WORDS_MAP.get(nx)!, end: i + 2, precision: 0, words: true, scaled: false, mult: 1 };
    if (SCALE_WORDS_MAP.get(nx) && nx.length > 3) {
      current = 1;
      j = i + 1;
      any = true;
      // fall through to scale handling below
    } else return null;
  }
  for (;;) {
    const w = tokens[j];
    if (!w || (w.kind !== 'word' && !(any && w.text === '-'))) break;
    const u = UNITS_WORDS_MAP.get(w.lower);
    if (u !== undefined && w.lower !== 'zero' || (u === 0 && !any)) {
      if (any && current % 100 !== 0) break; // "ten two" is two numbers; "twenty-five" is read in one step below
      current += u!;
      j++;
      any = true;
      // "twenty-five"
      if (TENS.has(w.lower) && tokens[j]?.text === '-' && tokens[j]!.gap === 0) {
        const v2 = tokens[j + 1];
        if (v2 && v2.gap === 0 && UNITS_WORDS_MAP.get(v2.lower) !== undefined && UNITS_WORDS_MAP.get(v2.lower)! < 10) {
          current += UNITS_WORDS_MAP.get(v2.lower)!;
          j += 2;
        }
      } else if (TENS.has(w.lower) && tokens[j]?.kind === 'word' && (UNITS_WORDS_MAP.get(tokens[j]!.lower) ?? 10) < 10 && UNITS_WORDS_MAP.get(tokens[j]!.lower)! > 0) {
        current += UNITS_WORDS_MAP.get(tokens[j]!.lower)!;
        j++;
      }
      continue;
    }
    if (!any) break;
    if (GROUP_WORDS_MAP.get(w.lower) === 12) {
      current *= 12;
      j++;
      continue;
    }
    // "two-dozen", "three-dozen": the group word glued by a hyphen multiplies too
    if (w.text === '-' && w.gap === 0 && tokens[j + 1]?.gap === 0 && GROUP_WORDS_MAP.get(tokens[j + 1]!.lower) === 12 && current > 0 && current < 100) {
      current *= 12;
      j += 2;
      continue;
    }
    if (w.kind !== 'word') break;
    const sc = SCALE_WORDS_MAP.get(w.lower);
    if (sc) {
      // "three lakh crore", "two thousand million": a scale right after a smaller scale multiplies
      if (current === 0 && total > 0 && smallestScale && sc > smallestScale && SCALE_WORDS_MAP.get(tokens[j - 1]!.lower)) total *= sc;
      else if (sc === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * sc;
        current = 0;
      }
      smallestScale = sc;
      j++;
      continue;
    }
    const ss = shortScale(tokens, j, money);
    if (ss) {
      total += (current || 1) * ss;
      current = 0;
      smallestScale = ss;
      j++;
      break;
    }
    // "two hundred and fifty"
    if (w.lower === 'and' && smallestScale && UNITS_WORDS_MAP.get(tokens[j + 1]?.lower ?? '') !== undefined) {
      j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  let value = total + current;
  if (!smallestScale) {
    const half = andAHalf(tokens, j); // "two and a half years"
    if (half) {
      value += half;
      j += 3;
    }
    // "five and a half million": the scale after the fraction applies to the whole
    const sc = tokens[j]?.kind === 'word' && value % 1 !== 0 ? SCALE_WORDS_MAP.get(tokens[j]!.lower) : undefined;
    if (sc && sc >= 1e3) {
      value *= sc;
      j++;
      return { value, end: j, precision: 0.05 * sc, words: true, scaled: true, mult: sc };
    }
  }
  if (smallestScale >= 1e6 && value % smallestScale === 0) {
    const half = andAHalf(tokens, j);
    if (half) {
      value += half * smallestScale;
      j += 3;
    }
  }
  if (j === i + 1 && first.lower === 'one') {
    const nx = tokens[j];
    const pv = tokens[i - 1];
    if (!nx || nx.kind !== 'word' || ONE_BLOCKERS.has(nx.lower) || (pv && ONE_PRE_BLOCKERS.has(pv.lower))) {
      // "on one hand" is an idiom; "she put one hand behind her head" counts a hand
      if (!(nx?.lower === 'hand' && pv && pv.lower !== 'on' && !ONE_PRE_BLOCKERS.has(pv.lower))) return null;
    }
    // "the most costly one in a decade", "a new one for the city": a pronoun (determiner, adjectives, "one", then a
    // function word where a counted noun would stand). "about one in five" has no determiner and stays a count.
    if (nx.lower !== 'of' && FUNCTION_WORD_SET.has(nx.lower)) {
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const t = tokens[k]!;
        if (t.kind !== 'word') break;
        if (ONE_DETERMINERS.has(t.lower)) return null;
        if (t.text[0] !== t.lower[0]) break; // a name: "Team Blue one in ..." is not an adjective phrase
      }
    }
    // "one of the most dangerous missions", "one of their largest", "one of the city's oldest": an idiom, not a count
    if (nx.lower === 'of' && beforeSuperlative(tokens, j + 1)) return null;
  }
  const precision = smallestScale >= 1000 ? 0.5 * smallestScale : 0;
  return { value, end: j, precision, words: true, scaled: smallestScale > 0, mult: smallestScale || 1 };
}
