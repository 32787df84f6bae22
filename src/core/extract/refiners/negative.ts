/**
 * Drops what is not a statistic: drafts the negative parsers marked (phones, times, versions), and counts that
 * are labels or identifiers by their context — "Article 5", "No. 10", "page 12", "F-16", "COVID-19", "5G",
 * "shutterstock 612394847" (a bare run of 7+ digits), list markers ("1." at a line start).
 * A duration followed by "ago" dates something ("two decades ago"): dropped too.
 * Only plain counts are dropped by context: "page 12" is a label, "$12" or "12 km" never is.
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import { isDigits, type Token } from '../tokenizer.js';
import type { Context, Refiner } from '../types.js';
import { MONTHS } from '../lexicon/number-words.js';
import { isAllCaps, isCapitalised, isFunctionWord } from './util.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const MONTHS_MAP = asMap(MONTHS);

/** "49 Harbour Road", "9 E 71st St": a number followed by capitalised words and a street word. */
function isAddress(toks: Token[], e: number): boolean {
  for (let k = e; k < e + 4; k++) {
    const t = toks[k];
    if (!t) return false;
    if (STREET_WORDS.has(t.lower) && k > e && isCapitalised(t)) return true;
    if (!(isCapitalised(t) || (t.kind === 'num' && toks[k + 1]?.gap === 0) || (t.kind === 'word' && /^(?:st|nd|rd|th)$/.test(t.lower) && t.gap === 0))) return false;
  }
  return false;
}

/** "iPhone 11 Pro", "S&P 500 was", "Boeing 787": a short integer right after a capitalised name word (not at the
 *  sentence start), with no plural counted noun after it. */
function nameNumber(toks: Token[], s: number, e: number, s0: number): boolean {
  const t = toks[s]!;
  if (!isDigits(t.text, 1, 4) || t.gap !== 1) return false;
  const p = toks[s - 1];
  if (!p || s - 1 <= s0 || p.kind !== 'word' || p.text === p.lower || isFunctionWord(p) || MONTHS_MAP.get(p.lower)) return false;
  const n = toks[e];
  // a plural noun after it is what is counted ("Alpha 300 soldiers"); a singular one names the thing ("Stoxx 600
  // index", "Apollo 11 mission", "Boeing 737 jet")
  if (n && n.kind === 'word' && n.text[0] === n.lower[0] && !isFunctionWord(n) && n.gap === 1 && !/(?:ed|ing)$/.test(n.lower) &&
    (/[^s]s$|men$/.test(n.lower) || n.lower === 'people' || n.lower === 'personnel' || n.lower === 'staff')) return false;
  return true;
}

const LABELS = new WordSet([
  'article', 'articles', 'chapter', 'chapters', 'page', 'pages', 'p', 'pp', 'no', 'nos', 'number', 'section', 'sections',
  'clause', 'paragraph', 'para', 'row', 'rows', 'room', 'flight', 'route', 'highway', 'interstate', 'gate', 'platform',
  'item', 'figure', 'fig', 'table', 'episode', 'vol', 'volume', 'issue', 'resolution', 'case', 'exhibit', 'lot', 'rule',
  'amendment', 'level', 'grade', 'step', 'phase', 'stage', 'part', 'act', 'scene', 'track', 'verse', 'psalm', 'book',
  'appendix', 'annex', 'protocol', 'unit', 'apt', 'apartment', 'suite', 'box', 'district', 'ward', 'precinct', 'zone',
  'channel', 'bus', 'train', 'line', 'seat', 'terminal', 'pier', 'dock', 'camp', 'block', 'building', 'floor', 'isbn',
  'id', 'code', 'model', 'type', 'class', 'category', 'size', 'jersey', 'squad', 'batch', 'ref', 'reference', 'order',
  'bill', 'law', 'decree', 'ordinance', 'regulation', 'directive', 'standard', 'iso', 'en', 'covid', 'sars', 'shutterstock',
  'getty', 'photo', 'image', 'img', 'dsc', 'file', 'tel', 'phone', 'fax', 'mobile', 'cell', 'ext', 'extension', 'po',
  'week', 'day', 'round', 'match', 'game', 'season', 'number', 'top', 'gen',
]);
// Label words that are also common nouns before real quantities only when capitalised or directly before the digit.
const LOWER_OK = new WordSet(['week', 'day', 'round', 'match', 'game', 'season', 'number', 'top', 'unit', 'level', 'line', 'size', 'order', 'type', 'model', 'class', 'code']);
/** Prefixes glued with a hyphen that still leave a quantity: "sub-300 sq m", "mid-50s", "over-65s". */
const HYPHEN_PREFIXES = new WordSet(['sub', 'mid', 'over', 'under', 'pre', 'post', 'near', 'low', 'high', 'upper', 'lower', 'top', 'record', 'minus', 'plus', 'about', 'nearly', 'some', 'a', 'the', 'at']);
const STREET_WORDS = new WordSet(['st', 'street', 'road', 'rd', 'ave', 'avenue', 'way', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'place', 'court', 'square', 'terrace', 'crescent', 'highway', 'parkway']);

/*
 * The debug messages are built in these two functions, not in closures inside the per-draft callback: a closure
 * there that captures the callback's locals makes V8 allocate a context object for every draft, dropped or not.
 */
function dropSpan(ctx: Context, toks: Token[], s: number, e: number, why: string): void {
  ctx.debug(() => `drop "${toks.slice(s, e).map((t) => t.text).join(' ')}": ${why}`);
}
function dropped(ctx: Context, what: string, why: string): void {
  ctx.debug(() => `drop "${what}": ${why}`);
}

export const negativeRefiner: Refiner = {
  name: 'negative',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    return drafts.filter((d) => {
      if (d.drop) {
        dropSpan(ctx, toks, d.s, d.e, d.drop);
        return false;
      }
      // "two decades ago", "three years ago": a point in time, not a statistic
      if (d.kind === 'duration' && toks[d.e]?.lower === 'ago') {
        dropSpan(ctx, toks, d.s, d.e, 'time reference ("… ago")');
        return false;
      }
      const first = toks[d.s]!;
      const bare = (d.kind === 'count' || d.kind === 'ordinal') && d.unit === null;
      // "COVID -19", "SARS -2": a dash and digits after an acronym or label, written apart, are its identifier
      const before = toks[d.s - 1];
      if (bare && (first.text === '-' || first.text === '\u2212') && toks[d.s + 1]?.gap === 0 && before?.kind === 'word' && first.gap <= 1 &&
        (LABELS.has(before.lower) || (before.text.length >= 3 && isAllCaps(before.text) && !isDigits(before.text, 1, Infinity)))) {
        dropped(ctx, first.text + toks[d.s + 1]!.text, `identifier after "${before.text}"`);
        return false;
      }
      // "16-18 Harbour Road": a range of house numbers; "the 90210 ZIP code": a postal code (a plain count's address
      // is tested below, with the other labels)
      const n0 = toks[d.e];
      if (bare && first.kind === 'num' && n0 && ((n0.kind === 'word' && isCapitalised(n0) && d.qualifier === 'range' && isAddress(toks, d.e)) ||
        n0.lower === 'postcode' || ((n0.lower === 'zip' || n0.lower === 'postal') && toks[d.e + 1]?.lower === 'code'))) {
        dropped(ctx, first.text, 'address or postal code');
        return false;
      }
      const plainCount = bare && first.kind === 'num' && d.qualifier !== 'range';
      if (!plainCount) return true;
      let reason: string | null = null;
      let p = d.s - 1;
      if (toks[p]?.text === '.' && toks[p]!.gap === 0) p--; // "No. 10"
      const prev = toks[p];
      if (toks[d.s - 1]?.text === '#' && first.gap === 0) reason = 'hash label';
      else if (prev && prev.kind === 'word' && LABELS.has(prev.lower) && first.gap <= 1 &&
        (!LOWER_OK.has(prev.lower) || prev.text[0] !== prev.lower[0])) reason = `label "${prev.text}"`;
      else if (toks[d.s - 1]?.kind === 'word' && first.gap === 0) reason = 'glued to letters (identifier)';
      else if (toks[d.s - 1]?.text === '-' && first.gap === 0 && toks[d.s - 2]?.kind === 'word' && toks[d.s - 1]!.gap === 0 && !HYPHEN_PREFIXES.has(toks[d.s - 2]!.lower)) reason = 'hyphenated identifier';
      // "ISO 3888-2": the second half of a hyphenated number that no range or tally took
      else if (toks[d.s - 1]?.text === '-' && first.gap === 0 && toks[d.s - 1]!.gap === 0 && toks[d.s - 2]?.kind === 'num') reason = 'second half of a hyphenated number';
      else if (isAddress(toks, d.e)) reason = 'street address';
      else if (toks[d.s - 1]?.lower === 'of' && toks[d.s - 2]?.kind === 'num' && LABELS.has(toks[d.s - 3]?.lower ?? '')) reason = 'label total ("Page 2 of 3")';
      else if (toks[d.s - 1]?.text === '(' && toks[d.e]?.text === ')' && toks[d.s - 2] && isCapitalised(toks[d.s - 2]!)) reason = 'bracketed label after a name ("Prescott (4)")';
      else if (toks[d.e]?.kind === 'word' && toks[d.e]!.gap === 0 && d.e === d.s + 1) reason = 'glued to letters (identifier)';
      else if (isDigits(first.text, 7, Infinity) && !(toks[d.e]?.kind === 'word' && toks[d.e]!.text[0] === toks[d.e]!.lower[0] && !isFunctionWord(toks[d.e]!))) reason = 'long digit run (ID)';
      else if (nameNumber(toks, d.s, d.e, ctx.sentenceTokens(d.s)[0])) reason = 'part of a name ("iPhone 11", "S&P 500")';
      else if (first.nl && d.e === d.s + 1 && (toks[d.e]?.text === '.' || toks[d.e]?.text === ')') && toks[d.e + 1]?.nl === false && d.s > 0) reason = 'list marker';
      if (reason) {
        dropped(ctx, first.text, reason);
        return false;
      }
      return true;
    });
  },
};
