/**
 * Years: "in 2013", "a 2020 military coup", "2014-15", "2014-2017", "the 1990s". A four-digit integer 1800–2100
 * without separators is a year unless money or a unit is attached, a hedge precedes it ("about 2000 people")
 * or a plural count noun follows ("2000 troops").
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import { isDigits, type Token } from '../tokenizer.js';
import { draft, type Parser } from '../types.js';
import { CURRENCY_SYMBOLS } from '../lexicon/currencies.js';
import { UNITS_BY_FIRST } from '../lexicon/units.js';
import { SCALE_WORDS } from '../lexicon/number-words.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const SCALE_WORDS_MAP = asMap(SCALE_WORDS);

const HEDGE_BEFORE = new WordSet(['about', 'over', 'nearly', 'almost', 'approximately', 'around', 'roughly', 'some', 'than', 'least', 'to', 'of']);
const YEARISH_NOUNS = new WordSet(['levels', 'figures', 'elections', 'games', 'olympics', 'season', 'census', 'budget', 'prices', 'rates', 'numbers', 'results', 'models', 'edition', 'standards', 'goals', 'targets', 'world', 'polls', 'playoffs', 'summit', 'series', 'finals', 'records', 'estimates', 'data', 'cup', 'plans', 'sales', 'revenues', 'earnings', 'profits', 'losses', 'returns', 'accounts', 'forecasts', 'rankings', 'awards', 'nominations', 'championships']);
export const isYearToken = (t: Token | undefined): boolean =>
  !!t && t.kind === 'num' && isDigits(t.text, 4, 4) && t.num! >= 1800 && t.num! <= 2100;
/** Projections past 2100 ("by 2120", "until 2150") are years only after a time preposition. */
const FAR_YEAR_BEFORE = new WordSet(['by', 'in', 'until', 'till', 'before', 'after', 'since', 'through', 'from', 'to']);
const isFarYear = (t: Token, p: Token | undefined): boolean =>
  t.kind === 'num' && isDigits(t.text, 4, 4) && t.num > 2100 && t.num < 2300 && !!p && FAR_YEAR_BEFORE.has(p.lower);
/** "A.D. 1000", "AD 800", "1260 BC": an era marker makes any whole number a year. */
const ERA = new WordSet(['ad', 'bc', 'bce', 'ce']);

function countNounAfter(toks: Token[], j: number): boolean {
  const n = toks[j];
  if (!n || n.kind !== 'word' || n.gap > 1) return false;
  if (SCALE_WORDS_MAP.get(n.lower) || UNITS_BY_FIRST.get(n.lower) !== undefined) return true;
  if (YEARISH_NOUNS.has(n.lower)) return false;
  // "since 2011 this year": "this", "was", "has" end in -s but are no nouns
  return n.lower.length > 3 && n.lower.endsWith('s') && !n.lower.endsWith('ss') && n.text[0] === n.lower[0] && !FUNCTION_WORDS.has(n.lower);
}

function eraBefore(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  if (!p) return false;
  if (p.text === 'AD' || p.text === 'CE') return true;
  // "A.D. 1000"
  return p.text === '.' && toks[i - 2]?.text === 'D' && toks[i - 3]?.text === '.' && toks[i - 4]?.text === 'A';
}

export const yearParser: Parser = {
  name: 'year',
  startsAt: ['num'],
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    const p = toks[i - 1];
    // "between A.D. 1000 and 1260": the second side of an era span
    const eraSpan = p?.lower === 'and' && toks[i - 2]?.kind === 'num' && eraBefore(toks, i - 2) && t.num > toks[i - 2]!.num;
    if (t.kind === 'num' && isDigits(t.text, 1, 4) && (eraSpan || eraBefore(toks, i) || ERA.has(toks[i + 1]?.lower ?? ''))) {
      return draft(i, i + 1, 'year', ERA.has(toks[i + 1]?.lower ?? '') && toks[i + 1]!.lower.startsWith('b') ? -t.num : t.num, { unit: 'year' });
    }
    if (!isYearToken(t) && !isFarYear(t, p)) return null;
    if (p && ((p.kind === 'sym' && CURRENCY_SYMBOLS[p.text]) || (p.kind === 'word' && HEDGE_BEFORE.has(p.lower) && p.lower !== 'to' && p.lower !== 'of'))) {
      if (countNounAfter(toks, i + 1) || p.kind === 'sym' || (p.lower !== 'around' && p.lower !== 'over')) return null;
    }
    if (countNounAfter(toks, i + 1)) return null;
    const n = toks[i + 1];
    // "the 1990s"
    if (n && n.gap === 0 && n.lower === 's' && t.num! % 10 === 0) {
      return draft(i, i + 2, 'year', null, { unit: 'year', qualifier: 'range', low: t.num!, high: t.num! + 9 });
    }
    // "2014-15", "2014-2017", "2014–17"
    if (n && (n.text === '-' || n.text === '–' || n.text === '/') && n.gap === 0) {
      const m = toks[i + 2];
      if (m && m.gap === 0 && m.kind === 'num' && (isDigits(m.text, 2, 2) || isDigits(m.text, 4, 4))) {
        const y2 = m.text.length === 2 ? Math.floor(t.num! / 100) * 100 + m.num! : m.num!;
        if (y2 > t.num! && y2 - t.num! < 100) {
          return draft(i, i + 3, 'year', null, { unit: 'year', qualifier: 'range', low: t.num!, high: y2 });
        }
      }
    }
    return draft(i, i + 1, 'year', t.num!, { unit: 'year' });
  },
};
