import type { Unit } from './units.js';

/** A headline: a few words, not a full stop at the end, not a dateline or a bare number. */
export function isHeadlineLike(t: string): boolean {
  const words = t.split(/\s+/).length;
  if (t.length < 8 || t.length > 220 || words < 2 || words > 30) return false;
  if (/[.;,]$/.test(t) && !/\.\.\.$|\b(U\.S|U\.N|Inc|Ltd|Co|St)\.$/.test(t)) return false;
  if (/^[\d\W]+$/u.test(t)) return false;
  if (/^(by|from|updated|published|posted)\s/i.test(t)) return false;
  return /\p{L}{2}/u.test(t);
}

/**
 * First substantive headline-like unit, looking only at the top of the file; everything above it that is short
 * becomes furniture (navigation and widgets above the headline). Returns the index or -1.
 */
export function findTitle(units: Unit[]): number {
  const limit = Math.min(units.length, 12);
  for (let i = 0; i < limit; i++) {
    const u = units[i];
    if (u.furniture) continue;
    if (isHeadlineLike(u.text)) return i;
    if (u.text.length >= 220) return -1; // prose before any headline: the file has no title line
  }
  return -1;
}
