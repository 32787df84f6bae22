/**
 * Numbers as search terms. A figure is written many ways ("15,000", "15 000", "15.000", "15k", "fifteen
 * thousand" is left to the statistics search); the index and the query both reduce each written number to one
 * canonical decimal string ("15000", "1200000000", "2.5"), so any written form finds any other.
 */

/** Scale words that may follow a number, with or without a space ("1.2 billion", "1.2bn", "€15m"). */
const SCALE_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  thousand: 3, thousands: 3, million: 6, millions: 6, billion: 9, billions: 9, trillion: 12, trillions: 12,
  mn: 6, mln: 6, bn: 9, bln: 9, tn: 12, trn: 12, lakh: 5, lakhs: 5, crore: 7, crores: 7,
  milliard: 9, milliards: 9, millionen: 6, milliarden: 9, mio: 6, mrd: 9,
});
/** One-letter scales, only when glued to the digits ("15k", "$3m", "1.2b"): "5 m" with a space is metres. */
const GLUED_SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { k: 3, m: 6, b: 9 });

/**
 * A written number at the start of the match: grouped by commas or (narrow/no-break) spaces, grouped by dots
 * (European), or plain with an optional decimal part; then an optional scale word. Group separators must be
 * followed by exactly three digits, so "1,5" is a decimal comma and "2019, 2020" is two numbers.
 */
export const NUMBER_SOURCE =
  '(?:(\\d{1,3}(?:[,\\u00a0\\u202f\\u2009 ]\\d{3})+(?:\\.\\d+)?)|(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?)|(\\d+(?:[.,]\\d+)?))(?!\\d|[.,]\\d)' +
  '(?:([kmb])(?![\\p{L}\\p{N}])|[ \\u00a0]?(\\p{L}+))?';

export interface NumberReading {
  /** Canonical value ("15000"), after the scale if there was one. */
  value: string;
  /** Another reading when the form is ambiguous ("1.500" is 1.5 in English and 1500 in German). */
  alternative: string | null;
  /** The digits alone when a scale was applied ("1.2" of "1.2bn"), so the figure as written is found too. */
  bare: string | null;
  /** Length of the number without a trailing scale word that turned out not to be one. */
  length: number;
  /** The scale word, when one was read (and its offset from the number's start). */
  scaleWord: { text: string; offset: number } | null;
}

/** Shift a decimal written as integer + fraction digits by 10^exp, as a string (no float rounding). */
export function canonicalDecimal(intDigits: string, fracDigits: string, exp = 0): string {
  const digits = intDigits + fracDigits;
  const point = intDigits.length + exp;
  let int = point >= digits.length ? digits + '0'.repeat(point - digits.length) : digits.slice(0, point);
  let frac = point >= digits.length ? '' : digits.slice(point);
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac ? `${int || '0'}.${frac}` : int || '0';
}

/**
 * Read the number `m` matched with NUMBER_SOURCE (groups 1–5). Returns null when the "scale" group is an ordinary
 * word: the caller then keeps only the digits.
 */
export function readNumber(m: RegExpExecArray): NumberReading {
  const [whole, commaGrouped, dotGrouped, plain, glued, word] = m;
  let int: string;
  let frac = '';
  let alternative: string | null = null;
  if (commaGrouped !== undefined) {
    const [i, f = ''] = commaGrouped.split('.');
    int = i!.replace(/[^\d]/g, '');
    frac = f;
  } else if (dotGrouped !== undefined) {
    const [i, f = ''] = dotGrouped.split(',');
    int = i!.replace(/\./g, '');
    frac = f;
    // One dot group and no decimal comma: "1.500" reads 1.5 in English as well.
    if (!f && (dotGrouped.match(/\./g) ?? []).length === 1) {
      const [a, b] = dotGrouped.split('.');
      alternative = canonicalDecimal(a!, b!);
    }
  } else {
    const [i, f = ''] = plain!.split(/[.,]/);
    int = i!;
    frac = f;
  }
  const digitsLength = (commaGrouped ?? dotGrouped ?? plain)!.length;
  let exp = 0;
  let scaleWord: NumberReading['scaleWord'] = null;
  let length = digitsLength;
  if (glued !== undefined) {
    exp = GLUED_SCALES[glued.toLowerCase()] ?? 0;
    length = whole.length;
  } else if (word !== undefined) {
    const e = SCALE_WORDS[word.toLowerCase()];
    if (e !== undefined) {
      exp = e;
      length = whole.length;
      scaleWord = { text: word, offset: whole.length - word.length };
    }
  }
  const unscaled = canonicalDecimal(int, frac);
  if (exp === 0) {
    // An ambiguous "1.500": the English reading first for queries, both for the index.
    return alternative !== null
      ? { value: alternative, alternative: unscaled, bare: null, length, scaleWord }
      : { value: unscaled, alternative: null, bare: null, length, scaleWord };
  }
  return {
    value: canonicalDecimal(int, frac, exp),
    alternative: alternative !== null ? canonicalDecimal(...(splitCanonical(alternative)), exp) : null,
    bare: alternative ?? unscaled,
    length,
    scaleWord,
  };
}

function splitCanonical(v: string): [string, string] {
  const [i, f = ''] = v.split('.');
  return [i!, f];
}

/** True for a canonical number term ("15000", "2.5"): such terms are matched exactly, never by prefix or typo. */
export function isNumberTerm(term: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(term);
}

/** The numeric value of a canonical number term. */
export function numberValue(term: string): number {
  return Number(term);
}
