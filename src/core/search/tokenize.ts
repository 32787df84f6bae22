/**
 * Text → search terms with their character offsets in the original text (offsets drive snippets and opening the
 * reader at a match). The index and the query use the same function, so they always agree on what a term is.
 */
import { NUMBER_SOURCE, readNumber } from './numbers.js';
import { MAX_TERM_LENGTH, wordTerm } from './terms.js';

export interface TermToken {
  term: string;
  start: number;
  end: number;
}

/**
 * `index`: every reading of a number (canonical value, an ambiguous alternative, the digits before a scale word)
 * and the scale word itself, so any of them finds the text. `query`: one term per number, its canonical value,
 * so "1.2 billion" asks for 1200000000 only and finds "1.2bn" as well.
 */
export type TokenizeMode = 'index' | 'query';

const TOKEN = new RegExp(`(${NUMBER_SOURCE})|[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*`, 'gu');

export function tokenize(text: string, mode: TokenizeMode = 'index'): TermToken[] {
  const out: TermToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    if (m[1] !== undefined) {
      // Groups 2..6 of the number sub-pattern: shift by one for the outer group.
      const sub = Object.assign([m[1], m[2], m[3], m[4], m[5], m[6]], { index: start }) as unknown as RegExpExecArray;
      const n = readNumber(sub);
      const end = start + n.length;
      out.push({ term: n.value, start, end });
      if (mode === 'index') {
        if (n.alternative !== null) out.push({ term: n.alternative, start, end });
        if (n.bare !== null && n.bare !== n.value) out.push({ term: n.bare, start, end });
        if (n.scaleWord) {
          const t = wordTerm(n.scaleWord.text);
          if (t) out.push({ term: t, start: start + n.scaleWord.offset, end });
        }
      }
      // A following word that was not a scale is read again as a word.
      TOKEN.lastIndex = end;
      continue;
    }
    const word = m[0];
    if (word.length > MAX_TERM_LENGTH) continue;
    const term = wordTerm(word);
    if (term) out.push({ term, start, end: start + word.length });
  }
  return out;
}

/** Just the terms (the MiniSearch tokenizer for the metadata fields). */
export function terms(text: string, mode: TokenizeMode = 'index'): string[] {
  return tokenize(text, mode).map((t) => t.term);
}

/** Query terms in order, each once. */
export function queryTerms(query: string): string[] {
  return [...new Set(terms(query, 'query'))];
}
