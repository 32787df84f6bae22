import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, guessLanguage } from './words.js';

describe('guessLanguage', () => {
  it('names the language of Latin-script text from its common words', () => {
    expect(guessLanguage('The council said that the bridge would be closed for repairs and that the work is expected to last for months.')).toBe('en');
    expect(guessLanguage('Le conseil a déclaré que le pont serait fermé pour des travaux et que les travaux dureront des mois.')).toBe('fr');
  });

  it('names non-Latin scripts from their letters, even with Latin words mixed in', () => {
    expect(guessLanguage('Городской совет сообщил, что мост будет закрыт на ремонт в течение нескольких месяцев (BBC).')).toBe('ru');
    expect(guessLanguage('Το δημοτικό συμβούλιο ανακοίνωσε ότι η γέφυρα θα κλείσει για επισκευές για αρκετούς μήνες.')).toBe('el');
    expect(guessLanguage('市議会は、橋が修理のために数か月間閉鎖されると発表しました。ニュースによると、工事は長引く見込みです。')).toBe('ja');
  });

  it('returns null when there is too little text to tell', () => {
    expect(guessLanguage('12,000 — 3.4%')).toBeNull();
  });
});

// The scans in words.ts against the plain regex reading of what they count (decision 0055: same results, one pass).
const pieces = ['the', 'THE', 'And', 'der', 'não', 'NÃO', 'della', 'de', 'y', ' ', '\n\n', '\t', '\u00a0', "'", '’', '.', '-', ',', '42',
  'é', 'İs', 'Σας', 'Москва', 'ひら', '日本', '𠀀', '𐐀', '\ud800', '\udc00', 'K', 'said'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((xs) => xs.join(''));

describe('countWords', () => {
  it('counts the tokens of letters and digits joined by single apostrophes, dots and hyphens', () => {
    expect(countWords("It's 3.5 km - a well-known U.S. road -- twice")).toBe(8);
    expect(countWords('東京 has 3')).toBe(4);
  });

  it('equals the number of regex matches, one per CJK character inside a match', () => {
    const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
    const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (s) => {
      const cjk = CJK.test(s);
      const expected = (s.match(WORD) ?? []).reduce((n, m) => n + (cjk ? (m.match(CJK)?.length ?? 1) : 1), 0);
      expect(countWords(s)).toBe(expected);
    }), { numRuns: 1000 });
  });
});

describe('guessLanguage stopword counts', () => {
  it('names the language with the most stopwords, the first seen on a tie, whatever the case', () => {
    const STOP: Record<string, string[]> = { en: ['the', 'and', 'of'], de: ['der', 'die', 'und'], pt: ['não', 'os'] };
    fc.assert(fc.property(text, (body) => {
      const s = `Sample text ${body} etc`.slice(0, 5000);
      // Reference: words as /\p{L}+/gu finds them, lower-cased, counted per language; kept only for Latin text.
      if (/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/u.test(s) || (s.match(/\p{L}/gu)?.length ?? 0) < 20) return;
      const words = (s.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
      const scores = new Map<string, number>();
      for (const w of words) for (const [lang, ws] of Object.entries(STOP)) if (ws.includes(w)) scores.set(lang, (scores.get(lang) ?? 0) + 1);
      let best: string | null = null;
      let top = 2;
      for (const [lang, n] of scores) if (n > top) [best, top] = [lang, n];
      if (best) expect(guessLanguage(s)).toBe(best);
    }), { numRuns: 1000 });
  });
});
