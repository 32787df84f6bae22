import { asMap, WordSet } from '../lexicon/dict.js';
import { FUNCTION_WORDS, IRREGULAR_PLURALS } from '../lexicon/function-words.js';
import type { Token } from '../tokenizer.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const IRREGULAR_PLURALS_MAP = asMap(IRREGULAR_PLURALS);

/** Singular lowercase lemma of a noun: troops→troop, lives→life, people→person, categories→category. */
const NOT_MEN = new Set(['specimen', 'abdomen', 'acumen', 'regimen', 'hymen', 'stamen']);

/**
 * lemma() is pure and asked again and again for the same few thousand words (the measure refiner asks it of every
 * word it walks past, several times per number): the results are kept in a bounded table.
 */
const LEMMAS = new Map<string, string>();
const LEMMAS_MAX = 1 << 14;

export function lemma(word: string): string {
  let l = LEMMAS.get(word);
  if (l === undefined) {
    if (LEMMAS.size >= LEMMAS_MAX) LEMMAS.clear();
    LEMMAS.set(word, (l = lemmaOf(word)));
  }
  return l;
}

function lemmaOf(word: string): string {
  let w = word.toLowerCase();
  // strip a possessive "'s" / "’s" (char codes, not a regex: this runs for most words near a number)
  const n0 = w.length;
  if (n0 >= 2 && w.charCodeAt(n0 - 1) === 115 && (w.charCodeAt(n0 - 2) === 39 || w.charCodeAt(n0 - 2) === 0x2019)) w = w.slice(0, -2);
  const irr = IRREGULAR_PLURALS_MAP.get(w);
  if (irr) return irr;
  if (w.length <= 3) return w;
  // fishermen, policemen, chairmen (not specimen/abdomen, which do not end in -men after a consonant cluster like these)
  if (w.length >= 6 && w.endsWith('men') && !NOT_MEN.has(w)) return w.slice(0, -3) + 'man';
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  // saves, moves, reserves, executives: most -ves plurals add "s" to -ve; the -f/-fe ones (lives, halves, calves) are irregular
  if (w.endsWith('ves')) return w.slice(0, -1);
  if (sibilantEs(w)) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Ends in -sses, -shes, -ches, -xes or -zzes (boxes, churches): the plural added "es". */
function sibilantEs(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115 || w.charCodeAt(n - 2) !== 101) return false; // "...es"
  const a = w.charCodeAt(n - 3);
  if (a === 120) return true; // x
  if (n < 4) return false;
  const b = w.charCodeAt(n - 4);
  return (b === 115 && (a === 115 || a === 104)) || (b === 99 && a === 104) || (b === 122 && a === 122); // ss sh ch zz
}

const FUNCTION_WORD_SET = new WordSet(FUNCTION_WORDS);
export const isFunctionWord = (t: Token): boolean => FUNCTION_WORD_SET.has(t.lower);

/**
 * text === text.toUpperCase(), without building the upper-case copy for ASCII words (the subject refiner asks it at
 * every sentence-opening name candidate, the negative refiner at every word before a number; decision 0076).
 */
export function isAllCaps(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

export function isCapitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90; // ASCII: no case-mapping string
  const c = t.text[0]!;
  return c !== c.toLowerCase();
}

/** A lowercase phrase of tokens [s, e) as written, collapsing spaces. */
export function phrase(tokens: Token[], s: number, e: number): string {
  let out = '';
  for (let k = Math.max(0, s); k < Math.min(e, tokens.length); k++) {
    const t = tokens[k]!;
    out += (k > s && t.gap > 0 ? ' ' : '') + t.text;
  }
  return out;
}

/** Clause punctuation: the searches for measure/subject/event do not cross these. */
export const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '—', '–', '"', '“', '”', '.', '!', '?']);
/**
 * CLAUSE_BREAKS are single symbols: the kind test keeps words (most tokens) out of the set, and the character code
 * test below is that set without a string hash (this runs at every token of every window around a number).
 */
export const isClauseBreak = (t: Token): boolean => t.kind === 'sym' && t.text.length === 1 && isBreakCode(t.text.charCodeAt(0));
function isBreakCode(c: number): boolean {
  // ; : ( ) . ! ? " and — – “ ”
  return c === 59 || c === 58 || c === 40 || c === 41 || c === 46 || c === 33 || c === 63 || c === 34 ||
    c === 0x2014 || c === 0x2013 || c === 0x201c || c === 0x201d;
}
