import { TERMINAL, type Unit } from './units.js';

/** A headline: a few words, not a full stop at the end, not a dateline or a bare number. */
export function isHeadlineLike(t: string): boolean {
  if (t.length < 8 || t.length > 220) return false;
  const words = t.split(/\s+/).length;
  if (words < 2 || words > 30) return false;
  if (/[.;,]$/.test(t) && !/\.\.\.$|\b(U\.S|U\.N|Inc|Ltd|Co|St)\.$/.test(t)) return false;
  if (/^[\d\W]+$/u.test(t)) return false;
  if (/^(by|from|updated|published|posted)\s/i.test(t)) return false;
  return /\p{L}{2}/u.test(t);
}

const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Body text: a sentence of 8+ words, or a long block whatever its ending. */
export const isBodyLike = (t: string) => t.length >= 200 || (TERMINAL.test(t) && wordCount(t) >= 8);

/** Starts like a headline in title case or sentence case (first letter a capital, or a digit/quote). */
const capitalStart = (t: string) => /^[^\p{L}]*[\p{Lu}\d]/u.test(t) && !/^[^\p{L}]*\p{Ll}/u.test(t);

const SMALL = /^(a|an|the|of|and|&|for|in|on|at|to|de|la|le|du|der|die)$/i;
/** A masthead / outlet name: 1-3 Title Case words, no sentence punctuation ("Market Daily", "The Evening Post"). */
export function isMastheadLike(t: string): boolean {
  const words = t.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 3 || t.length > 40 || /[.!?:;,]$/.test(t)) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL.test(w))) && /\p{L}{2}/u.test(t);
}

export interface TitleChoice {
  /** Unit index of the headline, or -1. */
  index: number;
  /** Unit index of a masthead line right above the headline, or -1. */
  masthead: number;
}

/**
 * The headline among the first 12 units that are not furniture. Preferred: a headline-like line in title or sentence case
 * followed by body text. A short (1-3 word) line that is not followed by body text is navigation or a masthead, so a
 * later preferred headline wins over it; a longer line wins even when a standfirst follows it. Prose of 220+ chars
 * before any headline means the file has no title line. A headline the page repeats as its first paragraph wins outright. Everything short above the headline becomes furniture (caller).
 */
export function findTitle(units: Unit[]): TitleChoice {
  const live: number[] = [];
  for (let i = 0; i < units.length && live.length < 12; i++) if (!units[i].furniture) live.push(i);
  const nextBody = (k: number) => k + 1 < live.length && isBodyLike(units[live[k + 1]].text);
  let fallback = -1;
  for (let k = 0; k < live.length; k++) {
    const t = units[live[k]].text;
    if (units[live[k]].headline) return { index: live[k], masthead: k === 1 && isMasthead(units, live) ? live[0] : -1 };
    if (isHeadlineLike(t)) {
      const preferred = capitalStart(t) && nextBody(k);
      if (preferred || wordCount(t) > 3) return { index: live[k], masthead: k === 1 && isMasthead(units, live) ? live[0] : -1 };
      if (fallback < 0) fallback = live[k];
    } else if (t.length >= 220) break;
  }
  return { index: fallback, masthead: -1 };
}

const contentWords = (t: string) => new Set((t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/s$/, '')));

/**
 * The first line is a short Title Case name and the line under it a longer headline: a newspaper masthead. A short line
 * that shares a content word with the headline ("Council Budget" above "Council approves budget") is a topic kicker.
 */
function isMasthead(units: Unit[], live: number[]): boolean {
  const [top, head] = [units[live[0]].text, units[live[1]].text];
  if (!isMastheadLike(top) || wordCount(head) <= wordCount(top) || isBodyLike(top)) return false;
  const headWords = contentWords(head);
  return ![...contentWords(top)].some((w) => headWords.has(w));
}
