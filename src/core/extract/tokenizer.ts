/**
 * Single-pass tokenizer. Everything downstream works on these tokens, never on the raw string, so the
 * text is scanned once and no regular expression runs over an article.
 *  - `num`: digits with thousands commas ("9,000") and a decimal part ("1.24"); "2bn" gives num + word, gap 0.
 *  - `word`: letters, with inner apostrophes ("didn't"); split at a lower→Upper join ("yearImage"), which is
 *    how caption text glued to a paragraph arrives from HTML.
 *  - `sym`: any other single character.
 *  - `url`: a URL or e-mail address as one opaque token, so its digits never become statistics.
 */
export type TokenKind = 'num' | 'word' | 'sym' | 'url';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Whitespace characters before the token (0 = glued to the previous token). */
  gap: number;
  /** A line break precedes the token. */
  nl: boolean;
  /** Numeric value of a `num` token (NaN otherwise; always present so every token has one shape). */
  num: number;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpaceCode(c: number): boolean {
  if (c > 32 && c < 0xa0) return false; // printable ASCII (most characters): one range test
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 12;
}
const LETTER = /\p{L}|\p{M}/u;
function isLetterCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}
function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A possessive word: ends in 's or ’s ("Smith's", "city’s"); by character codes, no regular expression. */
export function isPossessive(text: string): boolean {
  const n = text.length;
  return n >= 2 && text.charCodeAt(n - 1) === 115 && (text.charCodeAt(n - 2) === 39 || text.charCodeAt(n - 2) === 0x2019);
}

/**
 * `text` is only ASCII digits, between min and max of them: /^\d{min,max}$/ without running a regular expression
 * (the parsers ask this of every number token several times).
 */
export function isDigits(text: string, min: number, max: number): boolean {
  const n = text.length;
  if (n < min || n > max) return false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** One shared string per ASCII symbol, so punctuation does not allocate. */
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
const charString = (c: number, ch: string): string => (c < 128 ? ASCII[c]! : ch);

/** After the pairs of "12,34,567": more ",dd" pairs, then ",ddd" and no further digit. */
function indianTail(text: string, i: number): boolean {
  while (text.charCodeAt(i) === 44 && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2))) {
    if (isDigitCode(text.charCodeAt(i + 3))) return !isDigitCode(text.charCodeAt(i + 4)) && text.charCodeAt(i + 4) !== 44;
    i += 3;
  }
  return false;
}

function makeToken(text: string, kind: TokenKind, s: number, e: number, gap: number, nl: boolean, upper: boolean, num: number): Token {
  const t = e - s === 1 && kind === 'sym' ? charString(text.charCodeAt(s), text[s]!) : text.slice(s, e);
  return { kind, start: s, end: e, text: t, lower: kind === 'word' && upper ? t.toLowerCase() : t, gap, nl, num };
}

/**
 * Value of the digits in text[s, e), with group commas when `commas` ("9,000", "12,34,567.5"). Whole numbers of up
 * to 15 digits are summed digit by digit, which is exact and equals Number() of the digits (and spares a slice and a
 * string-to-number call for most numbers); anything else is read by Number(), without the commas.
 */
function groupedValue(text: string, s: number, e: number, commas: boolean): number {
  let v = 0;
  let digits = 0;
  for (let k = s; k < e; k++) {
    const d = text.charCodeAt(k);
    if (d === 44) continue;
    if (d < 48 || d > 57 || ++digits > 15) return commas ? Number(text.slice(s, e).replace(/,/g, '')) : Number(text.slice(s, e)); // a decimal point, or long
    v = v * 10 + (d - 48);
  }
  return v;
}

export function tokenize(text: string): Token[] {
  // gap/nl/upper are plain locals reset after each token (no `push` closure: captured variables would live in a
  // heap context, and every use in this character loop would go through it)
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let gap = 0;
  let nl = false;
  let runStart = 0; // index in `out` of the first token after the last whitespace
  let upper = false; // the current word has an uppercase letter (else `lower` is the text itself)
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c === 10) nl = true;
      gap++;
      i++;
      runStart = out.length;
      continue;
    }
    if (c === 46 && isDigitCode(text.charCodeAt(i + 1)) && (i === 0 || isSpaceCode(text.charCodeAt(i - 1)))) {
      // ".500" (a batting average, "a .22 rifle"): a decimal with no leading zero
      const s = i;
      i++;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      out.push(makeToken(text, 'num', s, i, gap, nl, upper, Number('0' + text.slice(s, i))));
      gap = 0; nl = false; upper = false;
      continue;
    }
    if (isDigitCode(c)) {
      const s = i;
      let commas = false;
      let indian = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigitCode(d)) i++;
        else if (d === 44 && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) &&
          isDigitCode(text.charCodeAt(i + 3)) && !isDigitCode(text.charCodeAt(i + 4))) {
          commas = true; // thousands separator: exactly three digits follow
          i += 4;
        } else if (d === 44 && (i - s <= 2 || indian) && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) &&
          text.charCodeAt(i + 3) === 44 && indianTail(text, i + 3)) {
          commas = true; // Indian grouping "12,34,567": pairs of digits, then a final group of three
          indian = true;
          i += 3;
        } else if (d === 46 && isDigitCode(text.charCodeAt(i + 1))) {
          i++;
          while (i < n && isDigitCode(text.charCodeAt(i))) i++;
          break;
        } else break;
      }
      const numEnd = i;
      let exp = 0;
      // "1.3e6", "2E-3": an exponent glued to the digits, with no letter after it
      const e0 = text.charCodeAt(i);
      if ((e0 === 101 || e0 === 69) && i > s) {
        let m = i + 1;
        const sg = text.charCodeAt(m);
        if (sg === 45 || sg === 43) m++;
        const ds = m;
        while (m < n && isDigitCode(text.charCodeAt(m))) m++;
        if (m > ds && m - ds <= 3 && !isLetterCode(text.charCodeAt(m), text[m] ?? '')) {
          exp = Number(text.slice(i + 1, m));
          i = m;
        }
      }
      const val = groupedValue(text, s, numEnd, commas);
      out.push(makeToken(text, 'num', s, i, gap, nl, upper, exp ? val * Math.pow(10, exp) : val));
      gap = 0; nl = false; upper = false;
      continue;
    }
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : isLetterCode(c, text[i]!)) {
      const s = i;
      upper = !isLowerCode(c);
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLowerCode(d)) i++;
        else if (d > 127 && isLetterCode(d, text[i]!)) {
          upper = true; // non-ASCII: let toLowerCase decide
          i++;
        } else if (isUpperCode(d)) {
          upper = true;
          // "yearImage": lowercase run followed by Upper+lower starts a new word; "McDonald", "iPhone" are rare in
          // numeric contexts, acronyms ("UNICEF", "NATO") are all-caps and stay whole.
          if (isLowerCode(text.charCodeAt(i - 1)) && isLowerCode(text.charCodeAt(i + 1)) && i - s >= 3) break;
          i++;
        } else if ((d === 39 || d === 0x2019) && isLetterCode(text.charCodeAt(i + 1), text[i + 1] ?? '')) i += 2;
        else break;
      }
      const d = text.charCodeAt(i);
      // no slice or lowercase here: this runs for every word ("www." is tested by char codes, |32 lowercases ASCII)
      const isUrl = (d === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) || d === 64 ||
        (d === 46 && i - s === 3 && (text.charCodeAt(s) | 32) === 119 && (text.charCodeAt(s + 1) | 32) === 119 && (text.charCodeAt(s + 2) | 32) === 119);
      if (isUrl) {
        // Swallow the whole non-space run, including tokens already emitted for it ("john.smith@...").
        const from = runStart < out.length ? out[runStart]!.start : s;
        const keepGap: number = runStart < out.length ? out[runStart]!.gap : gap;
        const keepNl: boolean = runStart < out.length ? out[runStart]!.nl : nl;
        out.length = Math.min(out.length, runStart);
        while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
        gap = keepGap;
        nl = keepNl;
        out.push(makeToken(text, 'url', from, i, gap, nl, upper, NaN));
        gap = 0; nl = false; upper = false;
        continue;
      }
      out.push(makeToken(text, 'word', s, i, gap, nl, upper, NaN));
      gap = 0; nl = false; upper = false;
      continue;
    }
    if (c === 64 && out.length > runStart && i + 1 < n && !isSpaceCode(text.charCodeAt(i + 1))) {
      // "ann.lee99@host": an e-mail whose local part ends in digits
      const first = out[runStart]!;
      gap = first.gap;
      nl = first.nl;
      out.length = runStart;
      while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
      out.push(makeToken(text, 'url', first.start, i, gap, nl, upper, NaN));
      gap = 0; nl = false; upper = false;
      continue;
    }
    // Surrogate pairs (emoji) stay one symbol.
    const w = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    out.push(makeToken(text, 'sym', i, i + w, gap, nl, upper, NaN));
    gap = 0; nl = false; upper = false;
    i += w;
  }
  return out;
}
