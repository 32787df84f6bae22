/**
 * Reads one number at a token: digits ("9,000", "1.24"), number words ("twenty-five", "a dozen",
 * "two hundred and fifty"), followed by scale words ("million", "bn", glued "m"/"k" in money).
 * `precision` is the half-width of the rounding interval implied by how the number is written.
 */
import { readWords } from './read-number-words.js';
import { andAHalf, readScales } from './read-scale.js';
import { VULGAR_FRACTIONS } from './lexicon/number-words.js';
import { isDigits, type Token } from './tokenizer.js';

export interface NumberRead {
  value: number;
  /** Token index after the number (exclusive). */
  end: number;
  precision: number;
  words: boolean;
  scaled: boolean;
  /** The scale multiplier written after the digits (1 when none): "93 billion" → 1e9. */
  mult: number;
}

function digitPrecision(raw: string): number {
  const dot = raw.indexOf('.');
  if (dot >= 0) return 0.5 * Math.pow(10, -(raw.length - dot - 1));
  let k = 0;
  for (let i = raw.length - 1; i > 0 && (raw[i] === '0' || raw[i] === ','); i--) if (raw[i] === '0') k++;
  return k > 0 ? 0.5 * Math.pow(10, k) : 0;
}

export function readNumber(tokens: Token[], i: number, money = false): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  // Signs: "-1.3%" (a dash glued to the digits, not to the word before), "minus 5", "minus-130"
  if ((t.text === '-' || t.text === '−') && (t.gap > 0 || i === 0 || tokens[i - 1]!.kind === 'sym') && tokens[i + 1]?.kind === 'num' && tokens[i + 1]!.gap === 0) {
    const r = readNumber(tokens, i + 1, money);
    return r && { ...r, value: -r.value };
  }
  if (t.text === '+' && (t.gap > 0 || i === 0) && tokens[i + 1]?.kind === 'num' && tokens[i + 1]!.gap === 0 && !/^0\d/.test(tokens[i + 1]!.text)) {
    return readNumber(tokens, i + 1, money); // "+0.8%": the sign is kept in the text; the trend refiner reads it
  }
  if (t.lower === 'minus' && tokens[i + 1]) {
    const k = tokens[i + 1]!.text === '-' && tokens[i + 1]!.gap === 0 ? i + 2 : i + 1;
    if (tokens[k]?.kind !== 'num') return null;
    const r = readNumber(tokens, k, money);
    return r && { ...r, value: -r.value };
  }
  if (t.kind === 'num') {
    let v = t.num!;
    if (!Number.isFinite(v)) return null;
    let precision = t.text.includes('e') || t.text.includes('E') ? 0 : digitPrecision(t.text);
    let k = i + 1;
    // "1 234 567", "40 000": digit groups of three after spaces (SI style). Phones have a 4-digit or leading-zero
    // group and are consumed before this; a single group needs a leading zero ("40 000"), as "2 100 people" is ambiguous.
    if (isDigits(t.text, 1, 3) && t.text.charCodeAt(0) !== 48) {
      let m = k;
      let raw = t.text;
      while (tokens[m]?.kind === 'num' && tokens[m]!.gap === 1 && /^\d{3}(?:\.\d+)?$/.test(tokens[m]!.text) && !raw.includes('.')) raw += tokens[m++]!.text;
      if (m - k >= 2 || (m - k === 1 && tokens[k]!.text[0] === '0')) {
        v = Number(raw);
        precision = digitPrecision(raw);
        k = m;
      }
    }
    // "1.3x10^6", "6.23 × 10^-4", "1.99×10−30": scientific notation
    const x = tokens[k];
    if (x && (x.lower === 'x' || x.text === '×') && x.gap <= 1 && tokens[k + 1]?.text === '10' && tokens[k + 1]!.gap <= 1) {
      let m = k + 2;
      if (tokens[m]?.text === '^' && tokens[m]!.gap === 0) m++;
      let sign = 1;
      if ((tokens[m]?.text === '-' || tokens[m]?.text === '−') && tokens[m]!.gap === 0) { sign = -1; m++; }
      const ex = tokens[m];
      if (ex && ex.kind === 'num' && ex.gap === 0 && /^\d{1,3}$/.test(ex.text) && m > k + 2) {
        v *= Math.pow(10, sign * ex.num);
        precision = 0;
        k = m + 1;
      }
    }
    let base = v;
    // "1½ miles"
    const vf = tokens[k]?.gap === 0 && tokens[k]!.kind === 'sym' ? VULGAR_FRACTIONS[tokens[k]!.text] : undefined;
    if (vf !== undefined && !t.text.includes('.')) {
      base += vf;
      k++;
    }
    // "2 1/2": a mixed fraction
    const a = tokens[k], sl = tokens[k + 1], b = tokens[k + 2];
    if (a && sl && b && a.kind === 'num' && a.gap === 1 && sl.text === '/' && sl.gap === 0 && b.kind === 'num' && b.gap === 0 &&
      /^\d$/.test(a.text) && /^\d{1,2}$/.test(b.text) && b.num > a.num && !t.text.includes('.')) {
      base += a.num / b.num;
      k += 3;
    }
    const half = andAHalf(tokens, k);
    if (half) {
      base += half;
      k += 3;
    }
    // "3 dozen"
    if (tokens[k]?.kind === 'word' && (tokens[k]!.lower === 'dozen' || tokens[k]!.lower === 'dozens') && tokens[k]!.gap === 1) {
      base *= 12;
      k++;
    }
    const [mult, j] = readScales(tokens, k, money);
    if (base !== v) return { value: base * mult, end: j, precision: mult !== 1 ? 0.5 * mult : 0, words: false, scaled: mult !== 1, mult };
    if (mult !== 1) precision = (precision || 0.5) * mult;
    return { value: v * mult, end: j, precision, words: false, scaled: mult !== 1, mult };
  }
  if (t.kind !== 'word') return null;
  return readWords(tokens, i, money);
}
