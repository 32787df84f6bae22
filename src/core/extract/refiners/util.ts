import { FUNCTION_WORDS, IRREGULAR_PLURALS } from '../lexicon/function-words.js';
import type { Token } from '../tokenizer.js';

/** Singular lowercase lemma of a noun: troops→troop, lives→life, people→person, categories→category. */
const NOT_MEN = new Set(['specimen', 'abdomen', 'acumen', 'regimen', 'hymen', 'stamen']);

export function lemma(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const irr = IRREGULAR_PLURALS[w];
  if (irr) return irr;
  if (w.length <= 3) return w;
  // fishermen, policemen, chairmen (not specimen/abdomen, which do not end in -men after a consonant cluster like these)
  if (w.length >= 6 && w.endsWith('men') && !NOT_MEN.has(w)) return w.slice(0, -3) + 'man';
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ives')) return w.slice(0, -1); // executives, natives (lives/wives are irregular)
  if (w.endsWith('ves')) return w.slice(0, -3) + 'f';
  if (/(?:ss|sh|ch|x|zz)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

export const isFunctionWord = (t: Token): boolean => FUNCTION_WORDS.has(t.lower);

export function isCapitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
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
