/**
 * Words as search terms: diacritics folded, lower case, stop words dropped, plurals reduced with the extractor's
 * lemmatiser (so "troops" finds "troop", the form statistics store what they count in).
 */
import { lemma } from '../extract/refiners/util.js';

/** English function words, plus the commonest French, German and Spanish ones (articles carry quotes). */
export const STOP_WORDS: ReadonlySet<string> = new Set((
  'a an the and or but nor of in on at to for from by with into onto as is are was were be been being am ' +
  'it its this that these those there here he she they we you i me my our your his her their them us him ' +
  'have has had having do does did will would shall should can could may might must not no so if than then ' +
  'which who whom whose what when where while also only just very too about above after again against all any ' +
  'both each few more most other some such own same over under up down out off once further because until ' +
  'le la les un une des du de et ou est en au aux ce cette ces qui que dans pour par sur pas ne se sont il elle ' +
  'der die das und oder ist ein eine einen dem den des im mit von zu auf nicht sich es sie er ' +
  'el los las del y o es un una por para con se lo su'
).split(' '));

/** Strip diacritics (NFKD, then combining marks) and lower-case: "Zürich" and "zurich" are one term. */
export function fold(word: string): string {
  // Fast path: plain ASCII needs only lower-casing.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Longest word kept as a term: longer runs are hashes, URLs or garbage. */
export const MAX_TERM_LENGTH = 40;

/** The index term of one written word, or null for a stop word (or an over-long run). */
export function wordTerm(word: string): string | null {
  const f = fold(word);
  if (f.length > MAX_TERM_LENGTH || STOP_WORDS.has(f)) return null;
  return lemma(f);
}
