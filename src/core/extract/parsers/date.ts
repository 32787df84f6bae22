/**
 * Calendar dates: "June 30, 2023", "30 June 2023", "May 2021", "Jan. 1", "2023-06-30", "30/06/2023".
 * Kind `date`; value = the year when one is written (so grouping can compare years), else null; `iso` keeps the rest.
 * Reading the day as part of the date stops "30" in "June 30" from becoming a count.
 */
import { asMap } from '../lexicon/dict.js';
import { MONTHS } from '../lexicon/number-words.js';
import { isDigits, type Token } from '../tokenizer.js';
import { draft, type Parser } from '../types.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const MONTHS_MAP = asMap(MONTHS);

/** Before "N Month D": a determiner makes N a count of things named by the date after it ("the 19 Sept. 11 hijackers"). */
const COUNT_DETERMINERS = new Set(['the', 'all', 'these', 'those', 'his', 'her', 'their', 'its', 'our']);

const pad = (n: number) => String(n).padStart(2, '0');
const isYear = (t: Token | undefined) => !!t && t.kind === 'num' && isDigits(t.text, 4, 4) && t.num! >= 1000 && t.num! <= 2200;
const isDay = (t: Token | undefined) => !!t && t.kind === 'num' && isDigits(t.text, 1, 2) && t.num! >= 1 && t.num! <= 31;

/** Month word at i (with optional abbreviation dot); returns [month, next index]. "May" and "March" need a number next to them. */
function month(toks: Token[], i: number): [number, number] | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  const m = MONTHS_MAP.get(t.lower);
  if (!m) return null;
  if (t.lower.length <= 4 && t.text[0] !== t.text[0]!.toUpperCase()) return null; // "mar", "may" lowercase are words
  if (t.lower !== 'may' && t.lower.length <= 4 && toks[i + 1]?.text === '.' && toks[i + 1]!.gap === 0) return [m, i + 2];
  return [m, i + 1];
}

export const dateParser: Parser = {
  name: 'date',
  startsAt: ['num', 'word'], // a day or a month
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    const mo = month(toks, i);
    if (mo) {
      const [m, j] = mo;
      if (isDay(toks[j]) && toks[j]!.gap <= 1) {
        let k = j + 1;
        // "Sept. 20-24": a span of days stays inside the date
        if ((toks[k]?.text === '-' || toks[k]?.text === '–') && toks[k]!.gap === 0 && isDay(toks[k + 1]) && toks[k + 1]!.gap === 0) k += 2;
        if (toks[k]?.kind === 'word' && ['st', 'nd', 'rd', 'th'].includes(toks[k]!.lower) && toks[k]!.gap === 0) k++;
        const d = toks[j]!.num!;
        if (toks[k]?.text === ',' && isYear(toks[k + 1])) {
          const y = toks[k + 1]!.num!;
          return draft(i, k + 2, 'date', y, { unit: 'year', iso: `${y}-${pad(m)}-${pad(d)}` });
        }
        if (isYear(toks[k]) && toks[k]!.gap <= 1) {
          const y = toks[k]!.num!;
          return draft(i, k + 1, 'date', y, { unit: 'year', iso: `${y}-${pad(m)}-${pad(d)}` });
        }
        return draft(i, k, 'date', null, { iso: `--${pad(m)}-${pad(d)}` });
      }
      if (isYear(toks[j]) && toks[j]!.gap <= 1) {
        const y = toks[j]!.num!;
        return draft(i, j + 1, 'date', y, { unit: 'year', iso: `${y}-${pad(m)}` });
      }
      return null;
    }
    if (isDay(t)) {
      let j = i + 1;
      if (toks[j]?.kind === 'word' && ['st', 'nd', 'rd', 'th'].includes(toks[j]!.lower) && toks[j]!.gap === 0) j++;
      if (toks[j]?.lower === 'of') j++;
      const mo2 = toks[j] && toks[j]!.gap <= 1 ? month(toks, j) : null;
      if (mo2) {
        const [m, k] = mo2;
        const d = t.num!;
        // "the 19 Sept. 11 hijackers": the month takes the day after it; the number before is a count
        if (j === i + 1 && isDay(toks[k]) && toks[k]!.gap <= 1 && toks[k + 1]?.text !== ',' && !isYear(toks[k + 1]) && COUNT_DETERMINERS.has(toks[i - 1]?.lower ?? '')) return null;
        if (isYear(toks[k]) && toks[k]!.gap <= 1) {
          const y = toks[k]!.num!;
          return draft(i, k + 1, 'date', y, { unit: 'year', iso: `${y}-${pad(m)}-${pad(d)}` });
        }
        return draft(i, k, 'date', null, { iso: `--${pad(m)}-${pad(d)}` });
      }
    }
    // Numeric dates: 2023-06-30, 30/06/2023, 6/30/2023, 30.06.2023
    if (t.kind === 'num' && isDigits(t.text, 1, 4)) {
      const s1 = toks[i + 1], n2 = toks[i + 2], s2 = toks[i + 3], n3 = toks[i + 4];
      if (s1 && s2 && n2 && n3 && s1.gap === 0 && n2.gap === 0 && s2.gap === 0 && n3.gap === 0 &&
        s1.text === s2.text && (s1.text === '-' || s1.text === '/') && n2.kind === 'num' && n3.kind === 'num' && isDigits(n2.text, 1, 2)) {
        if (isYear(t) && isDigits(n3.text, 1, 2)) {
          return draft(i, i + 5, 'date', t.num!, { unit: 'year', iso: `${t.text}-${pad(n2.num!)}-${pad(n3.num!)}` });
        }
        if (isYear(n3) && isDigits(t.text, 1, 2)) {
          const [d, m] = t.num! > 12 ? [t.num!, n2.num!] : [n2.num!, t.num!];
          return draft(i, i + 5, 'date', n3.num!, { unit: 'year', iso: `${n3.text}-${pad(m)}-${pad(d)}` });
        }
      }
    }
    return null;
  },
};
