/**
 * A number with what is written around it: currency before ("$", "US$", "€", "USD"), scale words, and the unit,
 * currency word or percent sign after. Shared by the quantity and range parsers so "$750,000 to $1 million" and
 * "25-40%" read their halves the same way.
 */
import { asMap, dict, WordMap } from './lexicon/dict.js';
import type { MentionKind } from '../model/mention.js';
import { CURRENCY_CODES, CURRENCY_NATIONS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from './lexicon/currencies.js';
import { AMBIGUOUS_UNITS, CASED_SYMBOL, CASED_UNITS, UNITS_BY_FIRST } from './lexicon/units.js';
import { readNumber, type NumberRead } from './read-number.js';
import type { Token } from './tokenizer.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const DOLLAR_PREFIXES_MAP = asMap(DOLLAR_PREFIXES);

const NONE: [string[], string][] = [];
/** Currency words by first token, asked after every number that has no unit: a WordMap, like UNITS_BY_FIRST. */
const CURRENCY_BY_FIRST = (() => {
  const m = dict<[string[], string][]>({});
  for (const e of [...CURRENCY_NATIONS, ...CURRENCY_WORDS]) (m[e[0][0]!] ??= []).push(e);
  return new WordMap(m);
})();

export interface QuantityRead extends NumberRead {
  start: number;
  /** Token index right after the number and its scale (before the unit). */
  numEnd: number;
  unit: string | null;
  kind: MentionKind;
  currencyBefore: boolean;
  /** "90-plus percent", "40 plus years": "plus" between the number and its unit (the figure is a lower bound). */
  plus: boolean;
}

/** Currency written before the number; returns [currency, index of the number]. */
export function readCurrencyPrefix(tokens: Token[], i: number): [string, number] | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'sym' && CURRENCY_SYMBOLS[t.text]) {
    const n = tokens[i + 1];
    // "$US113 trillion", "$A5"
    if (t.text === '$' && n && n.kind === 'word' && n.gap === 0 && DOLLAR_PREFIXES_MAP.get(n.lower) && n.text === n.text.toUpperCase() && tokens[i + 2]?.kind === 'num') {
      return [DOLLAR_PREFIXES_MAP.get(n.lower)!, i + 2];
    }
    if (n && n.gap <= 1 && (n.kind === 'num' || n.kind === 'word')) return [CURRENCY_SYMBOLS[t.text]!, i + 1];
    // "$-50.8bn": a sign between the symbol and the digits
    if (n && (n.text === '-' || n.text === '\u2212') && n.gap === 0 && tokens[i + 2]?.kind === 'num' && tokens[i + 2]!.gap === 0) return [CURRENCY_SYMBOLS[t.text]!, i + 1];
    return null;
  }
  if (t.kind !== 'word') return null;
  const n = tokens[i + 1];
  if (n && n.text === '$' && n.gap === 0 && DOLLAR_PREFIXES_MAP.get(t.lower) && tokens[i + 2]?.kind === 'num') {
    return [DOLLAR_PREFIXES_MAP.get(t.lower)!, i + 2];
  }
  if (t.text === 'RM' && n && n.kind === 'num' && n.gap === 0) return ['MYR', i + 1];
  // "PS2.7m": "£" after an ASCII transliteration (unidecode writes "PS"). "PS5" stays a console: only amounts
  // with a scale, decimals, thousands or two or more digits count.
  if (t.text === 'PS' && n && n.kind === 'num' && n.gap === 0 && (n.num >= 10 || n.text.includes('.') || (tokens[i + 2]?.gap === 0 && /^(?:m|bn|k|mn)$/.test(tokens[i + 2]!.text)))) {
    return ['GBP', i + 1];
  }
  // "Y=28,030": the wire-service spelling of yen
  if (t.text === 'Y' && n && n.text === '=' && n.gap === 0 && tokens[i + 2]?.kind === 'num' && tokens[i + 2]!.gap === 0) return ['JPY', i + 2];
  if (n && n.text === '$' && n.gap === 1 && DOLLAR_PREFIXES_MAP.get(t.lower) && t.text === t.text.toUpperCase() && tokens[i + 2]?.kind === 'num') {
    return [DOLLAR_PREFIXES_MAP.get(t.lower)!, i + 2]; // "US $58", "HK $3.7 billion"
  }
  if ((t.lower === 'rs' || t.lower === 'inr') && n) {
    const k = n.text === '.' && n.gap === 0 ? i + 2 : i + 1;
    if (tokens[k]?.kind === 'num') return ['INR', k];
  }
  if (CURRENCY_CODES.has(t.text) && n && n.kind === 'num' && n.gap <= 1) return [t.text === 'RMB' ? 'CNY' : t.text, i + 1];
  return null;
}

/** Match a lowercase token sequence at j; returns the index after it, or -1. */
export function matchSeq(tokens: Token[], j: number, seq: string[]): number {
  for (let k = 0; k < seq.length; k++) {
    const t = tokens[j + k];
    if (!t || t.lower !== seq[k]) return -1;
    // a digit in a unit is a lost superscript and must be glued ("32m2", not "32m 2 rooms")
    if (k > 0 && (t.gap > 1 || (t.gap > 0 && t.kind === 'num'))) return -1;
  }
  return j + seq.length;
}

/** A unit glued after "/" (lowercase lookup, longest first): returns [unit, index after it]. */
function denominatorAt(tokens: Token[], j: number): [string, number] | null {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  for (const e of UNITS_BY_FIRST.get(t.lower) ?? []) {
    const end = matchSeq(tokens, j, e.seq);
    if (end > 0 && !e.unit.includes('/')) return [e.unit, end];
  }
  return null;
}

/** Unit, currency word or code after the number at j. */
export function readUnitSuffix(tokens: Token[], j: number, scaled: boolean): { unit: string; kind: MentionKind; end: number } | null {
  const t = tokens[j];
  if (!t || t.gap > 1 || t.kind === 'num' || t.kind === 'url') return null;
  if (t.kind === 'word' && CURRENCY_CODES.has(t.text)) return { unit: t.text === 'RMB' ? 'CNY' : t.text, kind: 'money', end: j + 1 };
  // "1,200€", "45 €": a symbol after the number (European style); never "$", which prefixes the next amount
  if (t.kind === 'sym' && t.text !== '$' && CURRENCY_SYMBOLS[t.text] && tokens[j + 1]?.kind !== 'num') return { unit: CURRENCY_SYMBOLS[t.text]!, kind: 'money', end: j + 1 };
  const entries = UNITS_BY_FIRST.get(t.lower);
  if (entries) {
    for (const e of entries) {
      const end = matchSeq(tokens, j, e.seq);
      if (end < 0) continue;
      const cased = CASED_UNITS[e.unit];
      if (cased !== undefined && e.seq[0] === cased.toLowerCase() && t.text !== cased) continue;
      if (e.seq.length === 1 && AMBIGUOUS_UNITS.has(e.seq[0]!) && t.gap !== 0 && !CASED_SYMBOL.test(t.text) &&
        !(tokens[end]?.text === '/' && tokens[end]!.gap === 0 && denominatorAt(tokens, end + 1))) continue; // "95 g/km" is a unit
      if (e.unit === 'g' && t.text === 'G') continue; // "5G" is a network generation; grams are lowercase
      // A single letter glued to letters after it is a word, not a unit ("5 mission" never gets here; "5mi" would).
      const after = tokens[end];
      if (e.seq.length === 1 && t.kind === 'word' && after && after.gap === 0 && after.kind === 'word') continue;
      if (e.unit === 'lb' && scaled) return { unit: 'GBP', kind: 'money', end }; // "5 million pounds" is money
      // "10 kV/cm", "95 g/km", "1.3 A/cm2": a unit over a unit, both glued to the slash
      const sl = tokens[end];
      if (sl && sl.text === '/' && sl.gap === 0 && tokens[end + 1]?.gap === 0 && !e.unit.includes('/')) {
        const den = denominatorAt(tokens, end + 1);
        if (den) return { unit: `${e.unit}/${den[0]}`, kind: e.kind, end: den[1] };
      }
      return { unit: e.unit, kind: e.kind, end };
    }
  }
  for (const [seq, code] of CURRENCY_BY_FIRST.get(t.lower) ?? NONE) {
    const end = matchSeq(tokens, j, seq);
    if (end < 0) continue;
    if (code === 'GBP/100' && seq[0] === 'p' && t.gap !== 0) continue;
    return { unit: code, kind: 'money', end };
  }
  return null;
}

/**
 * Several parsers ask for the same token (compound, range, then quantity): remember the answers for the token array
 * being read. The tables are reused from article to article (one allocation, not two token-sized arrays per article):
 * an entry is valid when its stamp equals the current generation, which changes whenever another token array is asked
 * about (interleaving two arrays only costs recomputation).
 */
let lastTokens: Token[] | null = null;
let gen = 0;
let cap = 0;
let quantityVal: (QuantityRead | null)[] = [];
let numberVal: (NumberRead | null)[] = [];
let quantityStamp = new Int32Array(0);
let numberStamp = new Int32Array(0);

/** Tables above this many tokens are not kept once a normal-sized article comes (a 10 MB text must not pin ~50 MB). */
const KEEP = 1 << 16;

function prepare(tokens: Token[]): void {
  if (tokens === lastTokens) return;
  lastTokens = tokens;
  const n = tokens.length;
  if (n > cap || (cap > KEEP && n <= KEEP) || gen >= 0x3fffffff) {
    cap = n > KEEP ? n : Math.min(KEEP, Math.max(cap * 2, n, 1024));
    quantityVal = new Array<QuantityRead | null>(cap).fill(null);
    numberVal = new Array<NumberRead | null>(cap).fill(null);
    quantityStamp = new Int32Array(cap);
    numberStamp = new Int32Array(cap);
    gen = 0;
  }
  gen++;
}

/** "U.S." or "US" right after a dollar amount: the index after it (j when there is none). */
function usSuffix(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!t || t.gap !== 1) return j;
  if (t.text === 'US' && !(tokens[j + 1]?.kind === 'word' && tokens[j + 1]!.gap === 1 && /^[A-Z]/.test(tokens[j + 1]!.text))) return j + 1;
  // "U.S." (tokens U . S .), not "U.S. Steel" (a name after it)
  if (t.text === 'U' && tokens[j + 1]?.text === '.' && tokens[j + 1]!.gap === 0 && tokens[j + 2]?.text === 'S' && tokens[j + 2]!.gap === 0 &&
    tokens[j + 3]?.text === '.' && tokens[j + 3]!.gap === 0) {
    const n = tokens[j + 4];
    if (n && n.kind === 'word' && n.gap === 1 && /^[A-Z]/.test(n.text)) return j;
    return j + 4;
  }
  return j;
}

export function readQuantity(tokens: Token[], i: number): QuantityRead | null {
  prepare(tokens);
  if (!(i >= 0 && i < tokens.length)) return readQuantityUncached(tokens, i);
  if (quantityStamp[i] === gen) return quantityVal[i]!;
  const r = readQuantityUncached(tokens, i);
  // the stamp after the call: it never switches token arrays, but keep the entry tied to the generation it was read in
  if (tokens === lastTokens) { quantityVal[i] = r; quantityStamp[i] = gen; }
  return r;
}

/** readNumber without money context, memoised like readQuantity (the compound parser reads the same number). */
export function readPlainNumber(tokens: Token[], i: number): NumberRead | null {
  prepare(tokens);
  if (!(i >= 0 && i < tokens.length)) return readNumber(tokens, i, false);
  if (numberStamp[i] === gen) return numberVal[i]!;
  const r = readNumber(tokens, i, false);
  if (tokens === lastTokens) { numberVal[i] = r; numberStamp[i] = gen; }
  return r;
}

function readQuantityUncached(tokens: Token[], i: number): QuantityRead | null {
  const cur = readCurrencyPrefix(tokens, i);
  const ni = cur ? cur[1] : i;
  const num = cur ? readNumber(tokens, ni, true) : readPlainNumber(tokens, i);
  if (!num) return null;
  let suf = readUnitSuffix(tokens, num.end, num.scaled);
  // "a 6.1-inch screen", "a 2.4-liter engine", "a 1.8 billion-mile journey": the unit glued by a hyphen
  const h = tokens[num.end];
  if (!suf && !cur && h && h.text === '-' && h.gap === 0 && tokens[num.end + 1]?.gap === 0 && tokens[num.end + 1]!.kind === 'word') {
    suf = readUnitSuffix(tokens, num.end + 1, num.scaled);
    if (suf && suf.kind === 'money') suf = null; // "10-dollar" is rare; "5-p" never
  }
  // "90-plus percent", "90 plus percent": the unit after "plus"
  let plus = false;
  if (!suf && !cur) {
    const p = h?.text === '-' && h.gap === 0 && tokens[num.end + 1]?.gap === 0 ? num.end + 1 : num.end;
    if (tokens[p]?.lower === 'plus' && tokens[p + 1]?.kind === 'word') {
      suf = readUnitSuffix(tokens, p + 1, num.scaled);
      if (suf && suf.kind === 'money') suf = null;
      plus = !!suf;
    }
  }
  let end = num.end;
  let unit: string | null = null;
  let kind: MentionKind = 'count';
  if (cur) {
    // "$5 million dollars" / "$5bn USD": swallow a repeated currency word.
    if (suf && suf.kind === 'money') end = suf.end;
    // "$75 U.S. per barrel", "$31.20 US": the country of the dollar, written after it
    else if (cur[0] === 'USD') end = usSuffix(tokens, end);
    unit = cur[0];
    kind = 'money';
  } else if (suf) {
    end = suf.end;
    unit = suf.unit;
    kind = suf.kind;
  }
  // One object literal with its final values, no spreads and no later writes: this runs at every trigger token.
  return {
    value: num.value, end, precision: num.precision, words: num.words, scaled: num.scaled, mult: num.mult,
    start: i, numEnd: num.end, currencyBefore: !!cur, unit, kind, plus,
  };
}
