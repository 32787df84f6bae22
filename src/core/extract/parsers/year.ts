/**
 * Years: "in 2013", "a 2020 military coup", "2014-15", "2014-2017", "the 1990s". A four-digit integer 1800–2100
 * without separators is a year unless money or a unit is attached, a hedge precedes it ("about 2000 people")
 * or a plural count noun follows ("2000 troops").
 */
import type { Token } from '../tokenizer.js';
import { draft, type Parser } from '../types.js';
import { CURRENCY_SYMBOLS } from '../lexicon/currencies.js';
import { UNITS_BY_FIRST } from '../lexicon/units.js';
import { SCALE_WORDS } from '../lexicon/number-words.js';

const HEDGE_BEFORE = new Set(['about', 'over', 'nearly', 'almost', 'approximately', 'around', 'roughly', 'some', 'than', 'least', 'to', 'of']);
const YEARISH_NOUNS = new Set(['levels', 'figures', 'elections', 'games', 'olympics', 'season', 'census', 'budget', 'prices', 'rates', 'numbers', 'results', 'models', 'edition', 'standards', 'goals', 'targets', 'world', 'polls', 'playoffs', 'summit', 'series', 'finals', 'records', 'estimates', 'data', 'cup', 'plans', 'sales', 'revenues', 'earnings', 'profits', 'losses', 'returns', 'accounts', 'forecasts', 'rankings', 'awards', 'nominations', 'championships']);
export const isYearToken = (t: Token | undefined): boolean =>
  !!t && t.kind === 'num' && /^\d{4}$/.test(t.text) && t.num! >= 1800 && t.num! <= 2100;

function countNounAfter(toks: Token[], j: number): boolean {
  const n = toks[j];
  if (!n || n.kind !== 'word' || n.gap > 1) return false;
  if (SCALE_WORDS[n.lower] || UNITS_BY_FIRST.has(n.lower)) return true;
  if (YEARISH_NOUNS.has(n.lower)) return false;
  return n.lower.length > 3 && n.lower.endsWith('s') && !n.lower.endsWith('ss') && n.text[0] === n.lower[0];
}

export const yearParser: Parser = {
  name: 'year',
  numericStart: true,
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    if (!isYearToken(t)) return null;
    const p = toks[i - 1];
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
      if (m && m.gap === 0 && m.kind === 'num' && /^\d{2}$|^\d{4}$/.test(m.text)) {
        const y2 = m.text.length === 2 ? Math.floor(t.num! / 100) * 100 + m.num! : m.num!;
        if (y2 > t.num! && y2 - t.num! < 100) {
          return draft(i, i + 3, 'year', null, { unit: 'year', qualifier: 'range', low: t.num!, high: y2 });
        }
      }
    }
    return draft(i, i + 1, 'year', t.num!, { unit: 'year' });
  },
};
