/** Cardinal number words. "one" is handled by the parser with extra care ("one of", "no one"). */
import { dict } from './dict.js';
export const UNITS_WORDS: Record<string, number> = dict({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** Multipliers after a number. Short forms ("bn", "m", "k") only count when glued or after currency (see parser). */
export const SCALE_WORDS: Record<string, number> = dict({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mln: 1e6, mn: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});
/** Single-letter scales: ambiguous with units (m = metre), so only accepted in money or glued-before-noun context. */
export const SHORT_SCALES: Record<string, number> = dict({ k: 1e3, m: 1e6, b: 1e9, bn: 1e9, mn: 1e6, tn: 1e12, mil: 1e6, t: 1e12 });
/** Unicode vulgar fractions: "1½ miles", "the ⅔ majority". */
export const VULGAR_FRACTIONS: Record<string, number> = dict({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6,
  '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
});

/** Counting nouns: "a dozen", "two dozen", "a score of". */
export const GROUP_WORDS: Record<string, number> = dict({ dozen: 12, score: 20, couple: 2, pair: 2 });

/** Fraction words: "one-third", "two-thirds", "a quarter", "half". */
export const FRACTION_WORDS: Record<string, number> = dict({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

export const ORDINAL_WORDS: Record<string, number> = dict({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
});
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Vague quantity words that take a scale: "several hundred", "a few thousand", "tens of thousands". */
export const VAGUE_MULTIPLIERS: Record<string, [number, number]> = dict({
  several: [3, 9], few: [2, 5], many: [3, 9], some: [2, 9],
});

export const MONTHS: Record<string, number> = dict({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
});
