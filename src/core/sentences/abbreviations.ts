/**
 * Words that end with a period without ending a sentence. Lowercase, without the dot.
 * Titles and months are almost always followed by a name or a number; "U.S." style initialisms
 * are handled by shape (single letters between dots), not listed here.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'col', 'gen', 'lt', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'gov', 'sen',
  'rep', 'rev', 'hon', 'pres', 'st', 'mt', 'ft', 'fr', 'sr', 'jr', 'messrs', 'brig', 'cpl', 'pvt', 'insp', 'supt',
]);

/** Abbreviations that usually continue the sentence (a number or a lowercase word follows). */
export const INLINE_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'p', 'pp', 'ch', 'art', 'sec', 'para', 'cf',
  'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'avg', 'min', 'max', 'mln', 'bln',
  'al', 'ave', 'blvd', 'rd', 'km', 'mi', 'lb', 'lbs', 'oz', 'kg', 'sq',
]);
