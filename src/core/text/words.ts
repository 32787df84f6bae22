// Word count and language guess run over every imported article's whole text, so each is one pass over char codes:
// no match arrays, no sliced words, no lower-cased copies (regex matches cost about 4x the scan; decision 0055).

const ALNUM = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CJK_ANY = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => (c & 0xfc00) === 0xdc00;

/**
 * Word count: Latin-style tokens (the matches of WORD: letters and digits, joined by single ' ’ . - between them),
 * plus one per CJK character (those scripts do not separate words with spaces).
 */
export function countWords(text: string): number {
  let n = 0;
  // 0: outside a token; 1: the last character was a letter or digit; 2: a joiner right after one.
  let state = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    let kind: number;
    if (c < 128) kind = ASCII_KIND[c];
    else {
      const ch = isHigh(c) && i + 1 < len && isLow(text.charCodeAt(i + 1)) ? text.slice(i, ++i + 1) : text[i];
      // Han or kana anywhere: the text is counted the CJK way (checked here, on the rare non-ASCII character,
      // rather than by a scan of the whole text first).
      if (CJK_ANY.test(ch)) return countWordsCjk(text);
      kind = c === 0x2019 ? JOINER : ALNUM.test(ch) ? WORD_CHAR : 0;
    }
    if (kind === WORD_CHAR) {
      if (state === 0) n++;
      state = 1;
    } else state = kind === JOINER && state === 1 ? 2 : 0;
  }
  return n;
}
const WORD_CHAR = 1;
const JOINER = 2;
/** ASCII characters: letters and digits are word characters; ' . - join two of them. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? WORD_CHAR : c === 39 || c === 46 || c === 45 ? JOINER : 0,
);

/** With Han or kana in the text, each token counts its CJK characters (or one when it has none). */
function countWordsCjk(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const cjk = m[0].match(CJK);
    n += cjk ? cjk.length : 1;
  }
  return n;
}

// A few very frequent function words per language: enough to tell the common news languages apart cheaply.
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'pour', 'que', 'qui'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'ein', 'eine', 'auch', 'sich'],
  es: ['el', 'los', 'las', 'y', 'que', 'en', 'una', 'por', 'con', 'para', 'del', 'se'],
  pt: ['o', 'os', 'as', 'e', 'que', 'em', 'uma', 'para', 'com', 'do', 'da', 'não'],
  it: ['il', 'gli', 'e', 'che', 'di', 'una', 'per', 'con', 'della', 'non', 'sono', 'del'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'met', 'voor', 'zijn', 'op'],
};
const LANGS = Object.keys(STOPWORDS);

/**
 * Each stopword as a number built from its letters as they are scanned (5 bits a letter: a-z, and ã for "não"), so a
 * word is looked up once, at its end, without slicing or lower-casing it. Words of more than 5 letters, or with any
 * other letter, match none.
 */
const letterCode = (c: number) => (c >= 97 && c <= 122 ? c - 96 : c === 0xe3 || c === 0xc3 ? 27 : 0);
const MAX_STOPWORD = 5;
/** ASCII letters (either case) to their letterCode, anything else to -1. */
const ASCII_LETTER = Int8Array.from({ length: 128 }, (_, c) => ((c | 32) >= 97 && (c | 32) <= 122 ? (c | 32) - 96 : -1));
const KEYS = new Map<number, number[]>();
LANGS.forEach((lang, li) => {
  for (const w of STOPWORDS[lang]) {
    let key = 0;
    for (let i = 0; i < w.length; i++) key = key * 32 + letterCode(w.charCodeAt(i));
    KEYS.set(key, [...(KEYS.get(key) ?? []), li]);
  }
});

/** Letters in `s` the way the guess has always counted them (a high surrogate is read with the unit after it). */
function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
    else if (isHigh(c)) n += LETTER.test(s.slice(i, ++i + 1)) ? 1 : 0;
    else n += LETTER.test(s[i]) ? 1 : 0;
  }
  return n;
}

/** Cheap language guess from script, then stopword frequency over the first few thousand characters. */
export function guessLanguage(text: string): string | null {
  const sample = text.length > 5000 ? text.slice(0, 5000) : text;
  const counts = new Array<number>(LANGS.length).fill(0);
  // Languages in the order their first stopword appeared: ties go to the earliest, as they always have.
  const seen: number[] = [];
  // One pass: letters counted, and each run of letters (a word, as /\p{L}+/gu finds them) keyed as it goes.
  let letters = 0;
  let key = 0; // the word's key so far; -1 once it can match no stopword
  let len = 0; // letters in the word so far (0: not in a word)
  let lone = false;
  let outside = 0; // code points outside the Latin ranges below: every letter of the scripts tested is one of them
  const n = sample.length;
  const endWord = () => {
    const langs = key > 0 ? KEYS.get(key) : undefined;
    if (langs) for (const li of langs) if (counts[li]++ === 0) seen.push(li);
  };
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    // Letter code as in letterCode (0 for a letter no stopword has), -1 for a non-letter.
    let code: number;
    if (c < 128) code = ASCII_LETTER[c];
    else if (isHigh(c) && i + 1 < n && isLow(sample.charCodeAt(i + 1))) {
      outside++;
      code = LETTER.test(sample.slice(i, ++i + 1)) ? 0 : -1;
    } else if (isHigh(c) || isLow(c)) [lone, code, outside] = [true, -1, outside + 1];
    else {
      if (c > 0x24f && (c < 0x1e00 || c > 0x1eff) && (c < 0x2000 || c > 0x206f)) outside++;
      code = !LETTER.test(sample[i]) ? -1 : c === 0xe3 || c === 0xc3 ? 27 : 0;
    }
    if (code >= 0) {
      letters++;
      key = code === 0 || key < 0 || len >= MAX_STOPWORD ? -1 : key * 32 + code;
      len++;
    } else if (len > 0) {
      endWord();
      key = 0;
      len = 0;
    }
  }
  if (len > 0) endWord();
  // A lone surrogate (broken UTF-16) pairs with its neighbour in the letter count below, as it always has.
  if (lone) letters = countLetters(sample);
  if (letters < 20) return null;
  // Each script counted below lies outside the Latin ranges: with under a tenth of the letters out there (Latin
  // text with a € or two, the common case), no share can pass its bar and the scans are skipped.
  if (outside * 10 >= letters) {
    const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters;
    if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.1) return 'ja';
    if (share(/\p{Script=Hangul}/gu) > 0.3) return 'ko';
    if (share(/\p{Script=Han}/gu) > 0.3) return 'zh';
    if (share(/\p{Script=Cyrillic}/gu) > 0.3) return 'ru';
    if (share(/\p{Script=Arabic}/gu) > 0.3) return 'ar';
    if (share(/\p{Script=Hebrew}/gu) > 0.3) return 'he';
    if (share(/\p{Script=Greek}/gu) > 0.3) return 'el';
  }
  let best: string | null = null;
  let top = 2;
  for (const li of seen) if (counts[li] > top) [best, top] = [LANGS[li], counts[li]];
  return best;
}
