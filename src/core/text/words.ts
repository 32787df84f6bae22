const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Word count: Latin-style tokens, plus one per CJK character (those scripts do not separate words with spaces). */
export function countWords(text: string): number {
  let n = 0;
  // Without any Han or kana in the text (the usual case) every token counts one: no per-token scan.
  const anyCjk = CJK_ANY.test(text);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (!anyCjk) n++;
    else {
      const cjk = m[0].match(CJK);
      n += cjk ? cjk.length : 1;
    }
  }
  return n;
}
const CJK_ANY = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

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
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

const LETTER = /\p{L}/u;
const LETTER_START = /^\p{L}/u;

/** Letters in `s`, counted without building an array of matches (ASCII by char code, the rest by one test each). */
function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += LETTER.test(s.slice(i, i + 2)) ? 1 : 0;
      i++;
    } else n += LETTER.test(s[i]) ? 1 : 0;
  }
  return n;
}

/** Cheap language guess from script, then stopword frequency over the first few thousand characters. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = countLetters(sample);
  if (letters < 20) return null;
  const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters;
  // Latin script only (the common case): none of the script scans below could fire.
  if (/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/u.test(sample)) {
    if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.1) return 'ja';
    if (share(/\p{Script=Hangul}/gu) > 0.3) return 'ko';
    if (share(/\p{Script=Han}/gu) > 0.3) return 'zh';
    if (share(/\p{Script=Cyrillic}/gu) > 0.3) return 'ru';
    if (share(/\p{Script=Arabic}/gu) > 0.3) return 'ar';
    if (share(/\p{Script=Hebrew}/gu) > 0.3) return 'he';
    if (share(/\p{Script=Greek}/gu) > 0.3) return 'el';
  }
  const score = new Map<string, number>();
  // Stopwords are short: only words (runs of letters, as /\p{L}+/gu finds them) of up to 5 UTF-16 units are looked
  // up. One pass over char codes; a word is sliced and lower-cased only when it is short enough to be a stopword.
  const n = sample.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    let letter = false;
    let width = 1;
    if (i < n) {
      const c = sample.charCodeAt(i);
      if (c < 128) letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (sample.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        letter = LETTER_START.test(sample.slice(i, i + 2));
        width = 2;
      } else letter = LETTER.test(sample[i]);
    }
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= 5) {
        const langs = LOOKUP.get(sample.slice(start, i).toLowerCase());
        if (langs) for (const lang of langs) score.set(lang, (score.get(lang) ?? 0) + 1);
      }
      start = -1;
    }
    i += width - 1;
  }
  let best: string | null = null;
  let top = 2;
  for (const [lang, n] of score) if (n > top) [best, top] = [lang, n];
  return best;
}
